# Greek (el) draft of app.ftl; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Συνέχεια
app-cancel = Ακύρωση
app-save = Αποθήκευση
app-none = Δεν υπάρχουν.
app-show = Εμφάνιση
app-lock = Κλείδωμα
app-locked-notice = Η οθόνη κλειδώθηκε. Συνδεθείτε για να συνεχίσετε.
app-nav-label = Κύριο μενού
app-nav-members = Μέλη
app-nav-supervisor = Εποπτεία
app-nav-settings = Ρυθμίσεις
app-nav-sync = Συγχρονισμός
app-for-staff = Για το προσωπικό:
app-fallback-english = (δεν έχει μεταφραστεί ακόμη: εμφανίζεται στα αγγλικά)
app-translation-status-missing = Δεν έχει μεταφραστεί ακόμη: οι ερωτήσεις εμφανίζονται στα αγγλικά

## First run and sign-in
app-setup-title = Ρύθμιση του Equity Intake
app-setup-explain = Δημιουργήστε την αποθήκη δεδομένων αυτού του κέντρου υγείας και τον πρώτο λογαριασμό επόπτη. Όλα φυλάσσονται κρυπτογραφημένα σε αυτόν τον υπολογιστή.
app-setup-submit = Δημιουργία αποθήκης δεδομένων
app-recovery-title = Το κλειδί ανάκτησής σας
app-recovery-explain = Αν όλοι οι επόπτες ξεχάσουν τον κωδικό PIN τους, αυτό το κλειδί είναι ο μόνος τρόπος να μπείτε ξανά στην αποθήκη δεδομένων. Γράψτε το και φυλάξτε το σε ασφαλές, κλειδωμένο μέρος, μακριά από αυτόν τον υπολογιστή. Εμφανίζεται μόνο μία φορά.
app-recovery-confirm = Έγραψα το κλειδί ανάκτησης και το φύλαξα σε ασφαλές μέρος.
app-sign-in-title = Σύνδεση
app-sign-in-submit = Σύνδεση
app-pin-hint = Τουλάχιστον 6 χαρακτήρες. Μην τον πείτε σε κανέναν.
app-field-site = Όνομα του κέντρου υγείας
app-field-username = Όνομα χρήστη
app-field-name = Ονοματεπώνυμο
app-field-pin = Κωδικός PIN
app-field-pin-again = Επανάληψη κωδικού PIN
app-field-role = Ρόλος
app-field-staff-language = Γλώσσα των οθονών

## Members
app-members-title = Μέλη
app-members-search = Αναζήτηση με όνομα, αριθμό μέλους MassHealth, αριθμό φακέλου ή ημερομηνία γέννησης
app-members-recent = Μέλη που είδατε πρόσφατα
app-members-none-yet = Δεν υπάρχουν πρόσφατα μέλη. Κάντε αναζήτηση παραπάνω ή προσθέστε ένα μέλος.
app-members-found = { $count ->
    [one] Βρέθηκε { $count } μέλος
   *[other] Βρέθηκαν { $count } μέλη
}
app-members-too-many = Βρέθηκαν περισσότερα από { $count } μέλη: πληκτρολογήστε περισσότερα γράμματα του ονόματος.
app-members-add = Προσθήκη μέλους
app-members-save = Αποθήκευση μέλους
app-duplicates-found = Αυτά τα μέλη μοιάζουν να είναι το ίδιο άτομο. Ανοίξτε ένα από αυτά ή προσθέστε νέο μέλος αν πρόκειται για άλλο άτομο.
app-duplicates-add-anyway = Είναι άλλο άτομο: προσθήκη νέου μέλους
app-dob = Ημερομηνία γέννησης
app-masshealth-id = Αριθμός μέλους MassHealth
app-mrn = Αριθμός φακέλου
app-field-given-name = Όνομα
app-field-family-name = Επώνυμο
app-field-date-of-birth = Ημερομηνία γέννησης
app-field-masshealth-id = Αριθμός μέλους MassHealth (προαιρετικό)
app-field-mrn = Αριθμός ιατρικού φακέλου (προαιρετικό)

## Member profile
app-demographics-title = Τι μας είπε το μέλος για τον εαυτό του
app-topic = Θέμα
app-state = Κατάσταση
app-answer = Απάντηση
app-asked-on = Ημερομηνία ερώτησης
app-proxy = απάντησε άλλο άτομο
app-topic-race-ethnicity = Φυλετική και εθνοτική καταγωγή
app-topic-language = Γλώσσα
app-topic-disability = Αναπηρία
app-topic-sexual-orientation = Σεξουαλικός προσανατολισμός
app-topic-gender-identity = Ταυτότητα φύλου
app-topic-sex-at-birth = Φύλο που αποδόθηκε κατά τη γέννηση
app-topic-pronouns = Αντωνυμίες
app-state-answered = Απάντησε
app-state-declined = Προτίμησε να μην απαντήσει
app-state-unknown = Δεν ήξερε
app-state-never-asked = Δεν ρωτήθηκε ποτέ
app-state-stale = Πριν από πάνω από έναν χρόνο
app-history-title = Αξιολογήσεις
app-history-none = Δεν υπάρχουν ακόμη αξιολογήσεις.
app-drafts-title = Μη ολοκληρωμένες αξιολογήσεις
app-resume = Συνέχιση
app-needs-title = Ανάγκες
app-needs-none = Δεν έχει εντοπιστεί καμία ανάγκη μέχρι τώρα.
app-need-discreet = Ευαίσθητη ανάγκη
app-opened-on = Εντοπίστηκε στις
app-follow-up-add = Καταγραφή παρακολούθησης

## Starting a screening
app-start-title = Έναρξη αξιολόγησης
app-start-submit = Έναρξη
app-field-instruments = Ερωτηματολόγια
app-field-member-language = Η γλώσσα του μέλους
app-field-mode = Τρόπος
app-mode-in-person = Αυτοπροσώπως
app-mode-phone = Μέσω τηλεφώνου
app-mode-video = Μέσω βίντεο
app-field-interpreter = Βοηθά διερμηνέας
app-field-respondent = Ποιος απαντά
app-respondent-self = Το μέλος
app-respondent-proxy = Κάποιος για λογαριασμό του μέλους (γονέας, φροντιστής/φροντίστρια)
app-field-relationship = Η σχέση του ατόμου αυτού με το μέλος
app-field-consent = Το μέλος συμφωνεί

## Screening
app-screening-for = Αξιολόγηση μέλους:
app-question-position = Ερώτηση { $n } από { $total }
app-progress = { $answered } από { $total } απαντήθηκαν
app-steps-label = Ερωτήσεις
app-back = Πίσω
app-next = Επόμενη
app-finish = Ολοκλήρωση και αποθήκευση
app-save-close = Κλείσιμο (οι απαντήσεις έχουν αποθηκευτεί)
app-discard = Απόρριψη αυτής της αξιολόγησης
app-discard-confirm = Να απορριφθούν όλες οι απαντήσεις αυτής της αξιολόγησης; Αυτό δεν μπορεί να αναιρεθεί.

## Results
app-results-title = Αποτελέσματα
app-results-none = Δεν υπάρχουν αποτελέσματα για εμφάνιση.
app-safe-to-talk = Το μέλος είναι μόνο του και μπορεί να μιλήσει με ασφάλεια
app-to-profile = Επιστροφή στο μέλος
app-summary-print = Σύνοψη για το μέλος
app-summary-open = Άνοιγμα της σύνοψης
app-print = Εκτύπωση ή αποθήκευση ως PDF

## The printed summary, in the member's language
app-summary-title = Η σύνοψη της αξιολόγησής σας
app-summary-intro = Σας ευχαριστούμε που απαντήσατε στις ερωτήσεις μας. Εδώ θα βρείτε τι συζητήσαμε και τι θα γίνει στη συνέχεια.
app-summary-none = Σήμερα δεν μας είπατε για κάποια ανάγκη. Μπορείτε να μας μιλήσετε όποτε θέλετε.
app-summary-footer = Οι απαντήσεις σας είναι απόρρητες. Βοηθούν το κέντρο υγείας σας και το MassHealth να σας φροντίζουν καλύτερα. Αν έχετε ερωτήσεις, τηλεφωνήστε στο κέντρο υγείας σας.
app-summary-explain-housing-instability = Ίσως χρειάζεστε βοήθεια για να κρατήσετε το σπίτι σας ή για να βρείτε σπίτι.
app-summary-explain-housing-quality = Ίσως υπάρχουν προβλήματα στο σπίτι σας που μπορεί να βλάψουν την υγεία σας.
app-summary-explain-food = Ίσως χρειάζεστε βοήθεια για να έχετε αρκετό φαγητό.
app-summary-explain-transportation = Ίσως χρειάζεστε βοήθεια με τη μετακίνηση, για να πηγαίνετε στον γιατρό, στη δουλειά ή για τα ψώνια και τις άλλες υποθέσεις σας.
app-summary-explain-utilities = Ίσως χρειάζεστε βοήθεια για να πληρώνετε το ρεύμα, το φυσικό αέριο, το πετρέλαιο θέρμανσης ή το νερό.
app-summary-explain-interpersonal-safety = Μπορούμε να μιλήσουμε για την ασφάλειά σας όποτε θέλετε.
app-summary-explain-financial-strain = Ίσως χρειάζεστε βοήθεια για να πληρώνετε τα βασικά.
app-summary-explain-employment = Ίσως θέλετε βοήθεια για να βρείτε ή να κρατήσετε μια δουλειά.
app-summary-explain-family-community-support = Ίσως θέλετε περισσότερη βοήθεια στο σπίτι ή περισσότερο χρόνο με άλλους ανθρώπους.
app-summary-explain-education = Ίσως θέλετε βοήθεια με το σχολείο ή με την εκπαίδευση για μια δουλειά.
app-summary-explain-physical-activity = Αν κινείτε περισσότερο το σώμα σας, αυτό μπορεί να βοηθήσει την υγεία σας.
app-summary-explain-substance-use = Μπορούμε να μιλήσουμε για το αλκοόλ, τον καπνό ή τα ναρκωτικά όποτε θέλετε.
app-summary-explain-mental-health = Ίσως θέλετε να μιλήσετε με κάποιον για το πώς νιώθετε.
app-summary-explain-disabilities = Ίσως θέλετε βοήθεια με τις καθημερινές σας δουλειές.
app-summary-explain-digital-access = Ίσως χρειάζεστε βοήθεια για να έχετε ίντερνετ ή μια συσκευή για επισκέψεις μέσω βίντεο.
app-summary-explain-digital-literacy = Ίσως θέλετε βοήθεια για να μάθετε να κάνετε επισκέψεις μέσω βίντεο.

## Supervisor
app-supervisor-title = Σήμερα
app-team-work = Εργασία κάθε εργαζομένου
app-staff = Εργαζόμενος/Εργαζόμενη
app-screenings = Αξιολογήσεις
app-members-screened = Μέλη
app-needs-opened = Ανάγκες που εντοπίστηκαν
app-incomplete-title = Μη ολοκληρωμένες αξιολογήσεις
app-unfollowed-title = Ανάγκες χωρίς παρακολούθηση
app-users-title = Χρήστες
app-add-user = Προσθήκη χρήστη
app-reset-pin = Επαναφορά κωδικού PIN
app-deactivate = Απενεργοποίηση
app-inactive = απενεργοποιημένος
app-site-settings = Ρυθμίσεις του κέντρου υγείας
app-setting-idle-lock-seconds = Κλείδωμα της οθόνης μετά από τόσα δευτερόλεπτα χωρίς χρήση
app-setting-sogi-min-age = Μικρότερη ηλικία για ερωτήσεις σχετικά με τον σεξουαλικό προσανατολισμό και την ταυτότητα φύλου

## Settings
app-text-size = Μέγεθος κειμένου
app-about = Πληροφορίες
app-language = Γλώσσα
app-translation-status = Μετάφραση

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Η οθόνη είναι κλειδωμένη. Συνδεθείτε ξανά: δεν χάθηκε τίποτα.
app-error-pin-mismatch = Οι δύο κωδικοί PIN δεν είναι ίδιοι.
app-error-preferences = Δεν ήταν δυνατή η αποθήκευση αυτής της ρύθμισης σε αυτόν τον υπολογιστή.
app-error-date-of-birth = Γράψτε ολόκληρη την ημερομηνία γέννησης (ημέρα, μήνα και έτος).
app-error-member-name = Γράψτε όνομα ή επώνυμο.
app-error-member-date-of-birth = Η ημερομηνία γέννησης δεν μπορεί να είναι στο μέλλον.
app-error-member-masshealth-id = Ο αριθμός μέλους MassHealth έχει μόνο γράμματα και ψηφία.
app-error-member-language = Επιλέξτε τη γλώσσα του μέλους.
app-error-mode = Επιλέξτε πώς γίνεται η αξιολόγηση.
app-error-respondent = Επιλέξτε ποιος απαντά.
app-error-proxy-relationship = Γράψτε ποιος απαντά για λογαριασμό του μέλους.
app-error-consent = Το μέλος πρέπει να συμφωνήσει πριν γίνει οποιαδήποτε ερώτηση.
app-error-instruments = Επιλέξτε τουλάχιστον ένα ερωτηματολόγιο.
app-error-answer = Αυτή η απάντηση δεν ταιριάζει στην ερώτηση. Επιλέξτε ξανά.
app-error-answer-exclusive = Αυτή η απάντηση δεν μπορεί να επιλεγεί μαζί με τις άλλες.
app-error-answer-range = Αυτός ο αριθμός είναι εκτός του εύρους που επιτρέπει η ερώτηση.
app-error-required-unanswered = Αυτή η ερώτηση χρειάζεται απάντηση, ή «Προτιμώ να μην απαντήσω», πριν ολοκληρώσετε.
app-error-follow-up-status = Επιλέξτε τι έγινε με αυτή την ανάγκη.
app-error-role = Επιλέξτε ρόλο.
app-error-setting = Αυτή η τιμή είναι εκτός του επιτρεπόμενου εύρους.

# Η οθόνη συγχρονισμού του επόπτη.
app-sync-title = Συγχρονισμός με τον κεντρικό διακομιστή του ACO
app-sync-not-enrolled = Αυτή η συσκευή δεν έχει εγγραφεί ακόμη σε κεντρικό διακομιστή. Γράψτε τη διεύθυνση του διακομιστή και τον κωδικό μίας χρήσης που σας έδωσε ο ACO.
app-sync-hub-url = Διεύθυνση διακομιστή
app-sync-code = Κωδικός εγγραφής
app-sync-enroll = Εγγραφή αυτής της συσκευής
app-sync-enrolled = Η συσκευή εγγράφηκε στον διακομιστή { $url } για το { $site }.
app-sync-unsent = { $count ->
    [one] { $count } καταχώριση περιμένει να σταλεί.
   *[other] { $count } καταχωρίσεις περιμένουν να σταλούν.
}
app-sync-all-sent = Όλα έχουν φτάσει στον κεντρικό διακομιστή.
app-sync-now = Συγχρονισμός τώρα
app-sync-sending = Αποστολή: { $sent } από { $total } καταχωρίσεις
app-sync-finished = { $records ->
    [one] Ολοκληρώθηκε: { $records } καταχώριση στάλθηκε και επιβεβαιώθηκε από τον διακομιστή.
   *[other] Ολοκληρώθηκε: { $records } καταχωρίσεις στάλθηκαν και επιβεβαιώθηκαν από τον διακομιστή.
}
app-sync-history = Πρόσφατοι συγχρονισμοί
app-sync-started = Έναρξη
app-sync-by = Από
app-sync-records = Καταχωρίσεις
app-sync-receipts = Υπογεγραμμένα αποδεικτικά
app-sync-result = Αποτέλεσμα
app-sync-ok = Ολοκληρώθηκε
app-sync-receipt = { $count ->
    [one] Δέσμη { $sequence }: { $count } καταχώριση
   *[other] Δέσμη { $sequence }: { $count } καταχωρίσεις
}
