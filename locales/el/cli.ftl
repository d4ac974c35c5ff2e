# The `intake` command line: what it prints, and its errors. Every error is one line.
# Greek (el) draft; to be checked with an interpreter.

cli-error = intake: σφάλμα: { $message }
cli-internal-error = intake: εσωτερικό σφάλμα· δεν αποθηκεύτηκε τίποτε άλλο. Παρακαλούμε αναφέρετε το πρόβλημα.
cli-store-created = Η αποθήκη δεδομένων δημιουργήθηκε στο { $dir } για το { $site }.
cli-recovery-key-intro = Κλειδί ανάκτησης (εμφανίζεται μόνο μία φορά· γράψτε το και φυλάξτε το κάπου κλειδωμένο):
cli-demo-saved = αποθηκεύτηκε αρ. { $number }: μέλος { $member }, απάντηση { $response }
cli-demo-added = { $count ->
    [one] Προστέθηκε { $count } εικονικό μέλος με αξιολογήσεις.
   *[other] Προστέθηκαν { $count } εικονικά μέλη με αξιολογήσεις.
}
cli-found = { $count ->
    [one] Βρέθηκε { $count }
   *[other] Βρέθηκαν { $count }
}
cli-duplicates = { $count ->
    [one] { $count } υπάρχον μέλος μοιάζει να είναι το ίδιο άτομο (βλ. παραπάνω)· χρησιμοποιήστε --force για να γίνει η προσθήκη παρ’ όλα αυτά
   *[other] { $count } υπάρχοντα μέλη μοιάζουν να είναι το ίδιο άτομο (βλ. παραπάνω)· χρησιμοποιήστε --force για να γίνει η προσθήκη παρ’ όλα αυτά
}
cli-verify-ok = εντάξει: οι σελίδες και ο έλεγχος ακεραιότητας είναι σωστά· η αλυσίδα ελέγχου (audit) με { $entries } εγγραφές είναι ακέραιη· { $members } μέλη, { $responses } απαντήσεις
cli-backup-written = Το κρυπτογραφημένο αντίγραφο ασφαλείας γράφτηκε στο { $file } ({ $bytes } byte).
cli-restored = Έγινε επαναφορά { $members } μελών και { $responses } απαντήσεων από το { $file }.
cli-new-pin = Ορίστηκε νέος κωδικός PIN για { $user }.
cli-user-added = Προστέθηκε ο χρήστης { $user } ({ $role }).
cli-user-deactivated = Ο λογαριασμός { $user } απενεργοποιήθηκε.
cli-outbox = σε αναμονή: { $pending }
    παραδόθηκαν: { $delivered }
cli-response-line = απάντηση { $id } { $date } { $instrument } στη γλώσσα { $locale } από { $collector }: { $answers } απαντήσεις{ $state }
cli-response-retracted = { " " }(καταχωρίστηκε κατά λάθος)
cli-response-corrected = { " " }(διορθώθηκε)
cli-need-line = ανάγκη { $id } { $domain }: { $status }
cli-user-active = ενεργός
cli-user-deactivated-state = απενεργοποιημένος
cli-prompt-pin = Κωδικός PIN για { $user }:
cli-prompt-choose-pin = Επιλέξτε κωδικό PIN για { $user }:
cli-prompt-new-pin = Νέος κωδικός PIN για { $user }:
cli-prompt-recovery-key = Κλειδί ανάκτησης:
cli-need-user = ορίστε στο INTAKE_USER το όνομα του χρήστη με τον οποίο θα εργαστείτε
cli-no-value = δεν δόθηκε τιμή: ορίστε το { $var } ή πληκτρολογήστε την τιμή όταν σας ζητηθεί
cli-no-data-dir = δεν δόθηκε --data-dir και δεν υπάρχει προσωπικός φάκελος (home) για προεπιλογή
cli-read-failed = δεν ήταν δυνατή η ανάγνωση του { $what }

error-not-initialized = δεν υπάρχει αποθήκη δεδομένων Equity Intake στο { $path }: εκτελέστε πρώτα «intake init»
error-already-initialized = το { $path } περιέχει ήδη αποθήκη δεδομένων Equity Intake
error-wrong-credentials = λάθος όνομα χρήστη ή κωδικός PIN
error-locked-out = πάρα πολλοί λάθος κωδικοί PIN για αυτόν τον χρήστη: δοκιμάστε ξανά σε { $seconds } s ή ζητήστε από έναν επόπτη να επαναφέρει τον κωδικό PIN
error-deactivated = αυτός ο λογαριασμός έχει απενεργοποιηθεί: απευθυνθείτε σε έναν επόπτη
error-wrong-recovery-key = το κλειδί ανάκτησης δεν είναι έγκυρο για αυτή την αποθήκη δεδομένων
error-forbidden = ο ρόλος σας ({ $role }) δεν έχει δικαίωμα για: { $action }
error-not-found = δεν βρέθηκε: { $what }
error-what-member = μέλος
error-what-user = χρήστης
error-what-response = απάντηση
error-what-need = ανάγκη
error-what-draft = μη ολοκληρωμένη αξιολόγηση
error-invalid = { $field }: { $reason }
error-field-name = όνομα
error-field-date-of-birth = ημερομηνία γέννησης
error-field-masshealth-id = αριθμός μέλους MassHealth (MassHealth ID)
error-field-pin = κωδικός PIN
error-field-site = κέντρο υγείας
error-field-user = χρήστης
error-field-consent = συγκατάθεση
error-field-answers = απαντήσεις
error-field-supersedes = διόρθωση
error-field-reason = λόγος
error-field-response = απάντηση
error-field-organization = φορέας
error-field-file = αρχείο
error-field-instrument = ερωτηματολόγιο
error-field-draft = αξιολόγηση
error-field-item = ερώτηση
error-reason-check-field = ελέγξτε αυτό το πεδίο
error-reason-pin-too-short = χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες
error-reason-site-empty = γράψτε το όνομα του κέντρου υγείας
error-reason-username-format = χρησιμοποιήστε γράμματα, ψηφία, «.», «_» ή «-» (έως 64)
error-reason-username-taken = αυτό το όνομα χρήστη χρησιμοποιείται ήδη
error-reason-recovery-needs-supervisor = το κλειδί ανάκτησης μπορεί να επαναφέρει μόνο τον κωδικό PIN ενεργού επόπτη
error-reason-deactivate-self = δεν μπορείτε να απενεργοποιήσετε τον δικό σας λογαριασμό
error-reason-no-consent = το μέλος δεν έχει συμφωνήσει να απαντήσει στις ερωτήσεις
error-reason-answered-twice = μια ερώτηση έχει απαντηθεί δύο φορές ({ $item })
error-reason-correction-other-member = μια διόρθωση πρέπει να αντικαθιστά απάντηση του ίδιου μέλους
error-reason-retraction-reason = γράψτε γιατί η απάντηση καταχωρίστηκε κατά λάθος
error-reason-already-retracted = έχει ήδη σημειωθεί ως καταχωρισμένη κατά λάθος
error-reason-referral-organization = γράψτε τον φορέα στον οποίο παραπέμφθηκε το μέλος
error-reason-path-not-utf8 = η διαδρομή έχει χαρακτήρες που αυτό το σύστημα δεν μπορεί να χρησιμοποιήσει
error-reason-unknown-instrument = η εφαρμογή δεν γνωρίζει αυτό το ερωτηματολόγιο ({ $item })
error-reason-unknown-item = μια ερώτηση δεν ανήκει σε αυτό το ερωτηματολόγιο ({ $item })
error-reason-wrong-kind = μια απάντηση έχει λάθος είδος τιμής ({ $item })
error-reason-unknown-option = μια απάντηση δεν είναι μία από τις επιλογές της ερώτησης ({ $item })
error-reason-exclusive-option = το «κανένα» δεν μπορεί να επιλεγεί μαζί με άλλες απαντήσεις ({ $item })
error-reason-empty-choice = επιλέξτε τουλάχιστον μία απάντηση ({ $item })
error-reason-out-of-range = ο αριθμός είναι εκτός του επιτρεπόμενου εύρους ({ $item })
error-reason-absent-not-offered = αυτή η ερώτηση δεν προσφέρει αυτή την απάντηση ({ $item })
error-reason-not-enabled = απαντήθηκε μια ερώτηση που δεν ισχύει εδώ ({ $item })
error-reason-required-missing = μια υποχρεωτική ερώτηση δεν έχει απάντηση ({ $item })
error-reason-none-chosen = επιλέξτε τουλάχιστον ένα ερωτηματολόγιο
error-reason-already-saved = αυτό το μέρος της αξιολόγησης έχει ήδη αποθηκευτεί
error-reason-empty-text = η γραπτή απάντηση είναι κενή ({ $item })
error-disk-full = ο δίσκος είναι γεμάτος ή δεν επιτρέπει εγγραφή: δεν αποθηκεύτηκε τίποτα· ελευθερώστε χώρο και δοκιμάστε ξανά
error-corrupt = η αποθήκη δεδομένων έχει υποστεί βλάβη ή δεν είναι αποθήκη Equity Intake ({ $detail })· κάντε επαναφορά από αντίγραφο ασφαλείας
error-audit-broken = το αρχείο καταγραφής ελέγχου (audit log) έχει αλλοιωθεί στην εγγραφή { $seq }: { $reason }
error-not-a-backup = το { $path } δεν είναι αντίγραφο ασφαλείας του Equity Intake
error-io = σφάλμα αρχείου στο { $path }: { $detail }
error-database = σφάλμα βάσης δεδομένων: { $detail }

# Εγγραφή στον κεντρικό διακομιστή (hub) του ACO και συγχρονισμός με αυτόν. Κάθε σφάλμα συγχρονισμού λέει αν χάθηκε κάτι (ποτέ).
cli-enrolled = Η συσκευή εγγράφηκε στον διακομιστή { $url } για το { $site }. Αυτή η συσκευή: { $device }.
cli-sync-progress = Στάλθηκαν { $sent } από { $total } καταχωρίσεις…
cli-sync-done = { $records ->
    [one] Ο συγχρονισμός ολοκληρώθηκε: στάλθηκε { $records } καταχώριση. Υπογεγραμμένα αποδεικτικά παραλαβής που ελέγχθηκαν: { $batches }.
   *[other] Ο συγχρονισμός ολοκληρώθηκε: στάλθηκαν { $records } καταχωρίσεις. Υπογεγραμμένα αποδεικτικά παραλαβής που ελέγχθηκαν: { $batches }.
}
cli-sync-nothing = Δεν υπάρχει τίποτα για αποστολή: όλα βρίσκονται ήδη στον κεντρικό διακομιστή.
error-sync-not-enrolled = αυτή η συσκευή δεν έχει εγγραφεί ακόμη σε κεντρικό διακομιστή: την εγγράφει ένας επόπτης με τη διεύθυνση του διακομιστή και έναν κωδικό μίας χρήσης από τον ACO
error-sync-already-enrolled = αυτή η συσκευή έχει ήδη εγγραφεί σε κεντρικό διακομιστή
error-sync-insecure-url = η διεύθυνση του διακομιστή πρέπει να αρχίζει με https:// (το απλό http:// επιτρέπεται μόνο για αυτόν τον υπολογιστή)
error-sync-bad-url = αυτή δεν είναι διεύθυνση διακομιστή· πρέπει να μοιάζει με https://hub.example.org
error-sync-bad-code = ο κωδικός εγγραφής δεν έγινε δεκτός: ελέγξτε τον ή ζητήστε νέο από τον ACO (κάθε κωδικός ισχύει μόνο μία φορά)
error-sync-offline = δεν υπάρχει δίκτυο ή ο κεντρικός διακομιστής δεν είναι προσβάσιμος: δεν χάθηκε τίποτα, δοκιμάστε ξανά όταν συνδεθείτε στο διαδίκτυο
error-sync-certificate = το πιστοποιητικό ασφαλείας του διακομιστή δεν είναι αξιόπιστο, γι’ αυτό δεν στάλθηκε τίποτα: ενημερώστε την υπηρεσία υποστήριξης (help desk) του ACO
error-sync-hub-unavailable = ο κεντρικός διακομιστής δεν απαντά αυτή τη στιγμή: δεν χάθηκε τίποτα, δοκιμάστε ξανά αργότερα
error-sync-revoked = ο κεντρικός διακομιστής ανακάλεσε την πρόσβαση αυτής της συσκευής: δεν χάθηκε τίποτα, αλλά αυτή η συσκευή δεν μπορεί να συγχρονιστεί· τηλεφωνήστε στην υπηρεσία υποστήριξης του ACO
error-sync-refused = ο διακομιστής απέρριψε μια δέσμη καταχωρίσεων ({ $reason }): δεν χάθηκε τίποτα· ενημερώστε την υπηρεσία υποστήριξης του ACO
error-sync-bad-answer = δεν ήταν δυνατό να επαληθευτεί η απάντηση του διακομιστή, γι’ αυτό τίποτα δεν σημειώθηκε ως σταλμένο: ενημερώστε την υπηρεσία υποστήριξης του ACO
