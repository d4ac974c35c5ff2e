# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.
# Greek (el) draft; to be checked with an interpreter.

common-yes-no-yes = Ναι
common-yes-no-no = Όχι

answer-asked-declined = Προτιμώ να μην απαντήσω
answer-asked-unknown = Δεν ξέρω
answer-not-asked = Δεν έγινε η ερώτηση
hint-choose-all = Επιλέξτε όλα όσα ισχύουν.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Στέγαση
domain-housing-instability-explain = Το μέλος μπορεί να χάσει το σπίτι του ή δεν έχει σταθερό μέρος να μένει.
domain-housing-quality = Συνθήκες στο σπίτι
domain-housing-quality-explain = Υπάρχουν προβλήματα στο σπίτι του μέλους που μπορεί να βλάψουν την υγεία.
domain-food = Φαγητό
domain-food-explain = Τους τελευταίους 12 μήνες, το μέλος ανησύχησε ότι θα του τελείωνε το φαγητό ή το φαγητό τελείωσε.
domain-transportation = Μετακίνηση
domain-transportation-explain = Η έλλειψη μέσου μετακίνησης εμπόδισε το μέλος να έχει ιατρική φροντίδα, να πάει στη δουλειά ή να βρει πράγματα που χρειάζεται.
domain-utilities = Ρεύμα, θέρμανση και νερό
domain-utilities-explain = Η εταιρεία ρεύματος, φυσικού αερίου, πετρελαίου θέρμανσης ή νερού απείλησε να κόψει την παροχή ή την έκοψε ήδη.
domain-interpersonal-safety = Ασφάλεια
domain-interpersonal-safety-explain = Κάποιος μπορεί να κάνει κακό, να απειλεί ή να προσβάλλει το μέλος.
domain-financial-strain = Χρήματα για τα βασικά
domain-financial-strain-explain = Είναι δύσκολο να πληρωθούν το φαγητό, η στέγη, η ιατρική φροντίδα ή η θέρμανση.
domain-employment = Εργασία
domain-employment-explain = Το μέλος θέλει βοήθεια για να βρει ή να κρατήσει μια δουλειά.
domain-family-community-support = Υποστήριξη από άλλους
domain-family-community-support-explain = Το μέλος χρειάζεται περισσότερη βοήθεια με τις καθημερινές δραστηριότητες ή νιώθει συχνά μοναξιά.
domain-education = Σχολείο και κατάρτιση
domain-education-explain = Το μέλος θέλει βοήθεια με το σχολείο ή με επαγγελματική κατάρτιση.
domain-physical-activity = Σωματική δραστηριότητα
domain-physical-activity-explain = Το μέλος ασκείται λιγότερο από 150 λεπτά την εβδομάδα.
domain-substance-use = Αλκοόλ, καπνός και ναρκωτικά
domain-substance-use-explain = Το μέλος ανέφερε χρήση για την οποία ίσως αξίζει να γίνει συζήτηση.
domain-mental-health = Ψυχική υγεία
domain-mental-health-explain = Το μέλος έχει νιώσει πεσμένη διάθεση, έχει χάσει το ενδιαφέρον του ή νιώθει πολύ στρες.
domain-disabilities = Αναπηρίες
domain-disabilities-explain = Το μέλος έχει σοβαρή δυσκολία να συγκεντρωθεί ή να κάνει τις δουλειές του έξω από το σπίτι χωρίς συνοδεία.
domain-digital-access = Ίντερνετ και συσκευές
domain-digital-access-explain = Το μέλος δεν έχει αξιόπιστο ίντερνετ ή συσκευή για επισκέψεις μέσω βίντεο.
domain-digital-literacy = Άνεση με την τεχνολογία
domain-digital-literacy-explain = Το μέλος δεν νιώθει σίγουρο με τις επισκέψεις μέσω βίντεο και δεν έχει κανέναν να το βοηθήσει.

outcome-positive = Εντοπίστηκε ανάγκη
outcome-negative = Δεν εντοπίστηκε ανάγκη
outcome-not-scored = Δεν βαθμολογήθηκε: λείπουν κάποιες απαντήσεις

flag-homelessness = Το μέλος δεν έχει σταθερό μέρος να μένει (είναι άστεγο).
safety-discreet-prompt = Πριν μιλήσετε γι’ αυτό, βεβαιωθείτε ότι το μέλος είναι μόνο του και ότι μπορεί να μιλήσει με ασφάλεια.

translation-status-reference = Κείμενο αναφοράς
translation-status-draft = Πρόχειρη μετάφραση: ελέγξτε τη διατύπωση με διερμηνέα
translation-status-reviewed = Ελέγχθηκε από { $reviewer } στις { $date }

role-chw = λειτουργός κοινοτικής υγείας
role-navigator = σύμβουλος τηλεϊατρικής
role-supervisor = επόπτης/επόπτρια

permission-find-members = αναζήτηση μελών
permission-view-member = προβολή στοιχείων μέλους
permission-edit-member = προσθήκη ή αλλαγή μέλους
permission-record-response = καταγραφή αξιολόγησης
permission-record-follow-up = καταγραφή παρακολούθησης
permission-retract-any-response = σήμανση αξιολόγησης άλλου ατόμου ως καταχωρισμένης κατά λάθος
permission-manage-users = διαχείριση χρηστών
permission-backup = δημιουργία αντιγράφου ασφαλείας
permission-restore = επαναφορά αντιγράφου ασφαλείας
permission-verify-store = έλεγχος της αποθήκης δεδομένων
permission-review-team = έλεγχος της δουλειάς της ομάδας
permission-import-members = εισαγωγή μελών ή δεδομένων επίδειξης
permission-sync = συγχρονισμός με τον κεντρικό διακομιστή (hub)
