# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).
# Greek (el) draft; to be checked with an interpreter.

ahc-supp-title = Κοινωνικές ανάγκες που σχετίζονται με την υγεία (περισσότερες ερωτήσεις)
ahc-supp-financial-strain = Πόσο δύσκολο είναι για εσάς να πληρώνετε τα πολύ βασικά, όπως φαγητό, στέγη, ιατρική φροντίδα και θέρμανση;
ahc-supp-financial-strain-very-hard = Πολύ δύσκολο
ahc-supp-financial-strain-somewhat-hard = Κάπως δύσκολο
ahc-supp-financial-strain-not-hard = Καθόλου δύσκολο
ahc-supp-employment = Θέλετε βοήθεια για να βρείτε ή να κρατήσετε μια δουλειά ή εργασία;
ahc-supp-employment-finding = Ναι, βοήθεια για να βρω δουλειά
ahc-supp-employment-keeping = Ναι, βοήθεια για να κρατήσω τη δουλειά μου
ahc-supp-employment-no-help = Δεν χρειάζομαι ούτε θέλω βοήθεια
ahc-supp-daily-help = Αν για οποιονδήποτε λόγο χρειάζεστε βοήθεια με καθημερινές δραστηριότητες, όπως το μπάνιο, το μαγείρεμα, τα ψώνια, τη διαχείριση των χρημάτων σας κ.λπ., έχετε τη βοήθεια που χρειάζεστε;
ahc-supp-daily-help-no-need = Δεν χρειάζομαι καμία βοήθεια
ahc-supp-daily-help-all-help = Έχω όλη τη βοήθεια που χρειάζομαι
ahc-supp-daily-help-little-more = Θα μου χρειαζόταν λίγη βοήθεια παραπάνω
ahc-supp-daily-help-lot-more = Χρειάζομαι πολύ περισσότερη βοήθεια
ahc-supp-loneliness = Πόσο συχνά νιώθετε μοναξιά ή απομόνωση από τους ανθρώπους γύρω σας;
ahc-supp-loneliness-never = Ποτέ
ahc-supp-loneliness-rarely = Σπάνια
ahc-supp-loneliness-sometimes = Μερικές φορές
ahc-supp-loneliness-often = Συχνά
ahc-supp-loneliness-always = Πάντα
ahc-supp-other-language = Μιλάτε στο σπίτι κάποια γλώσσα εκτός από τα αγγλικά;
ahc-supp-school-training = Θέλετε βοήθεια με το σχολείο ή με κάποια εκπαίδευση; Για παράδειγμα, να αρχίσετε ή να ολοκληρώσετε επαγγελματική κατάρτιση ή να πάρετε απολυτήριο λυκείου (high school diploma), GED ή ισότιμο τίτλο.
ahc-supp-exercise-days = Τις τελευταίες 30 ημέρες, εκτός από τις δραστηριότητες που κάνατε για τη δουλειά σας, κατά μέσο όρο πόσες ημέρες την εβδομάδα κάνατε μέτρια άσκηση (όπως γρήγορο περπάτημα, τρέξιμο, ελαφρύ τρέξιμο, χορό, κολύμπι, ποδήλατο ή άλλες παρόμοιες δραστηριότητες);
ahc-supp-exercise-minutes = Κατά μέσο όρο, πόσα λεπτά ασκούσαστε συνήθως σε αυτό το επίπεδο σε μία από αυτές τις ημέρες;
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } ημέρα την εβδομάδα
   *[other] { $count } ημέρες την εβδομάδα
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}
ahc-supp-alcohol = Πόσες φορές τους τελευταίους 12 μήνες ήπιατε 5 ή περισσότερα αλκοολούχα ποτά σε μία ημέρα (άνδρες) ή 4 ή περισσότερα αλκοολούχα ποτά σε μία ημέρα (γυναίκες); Ένα ποτό είναι 12 ουγκιές μπίρας (περίπου 355 ml), 5 ουγκιές κρασιού (περίπου 150 ml) ή 1,5 ουγκιές δυνατού ποτού 80 proof, δηλαδή με 40% αλκοόλ (περίπου 45 ml).
ahc-supp-tobacco = Πόσες φορές τους τελευταίους 12 μήνες χρησιμοποιήσατε προϊόντα καπνού (όπως τσιγάρα, πούρα, ταμπάκο, καπνό για μάσημα, ηλεκτρονικά τσιγάρα);
ahc-supp-prescription-misuse = Πόσες φορές τον τελευταίο χρόνο χρησιμοποιήσατε φάρμακα που δίνονται με συνταγή γιατρού για μη ιατρικούς λόγους;
ahc-supp-illegal-drugs = Πόσες φορές τον τελευταίο χρόνο χρησιμοποιήσατε παράνομα ναρκωτικά;
ahc-supp-substance-never = Ποτέ
ahc-supp-substance-once-or-twice = Μία ή δύο φορές
ahc-supp-substance-monthly = Κάθε μήνα
ahc-supp-substance-weekly = Κάθε εβδομάδα
ahc-supp-substance-daily = Κάθε μέρα ή σχεδόν κάθε μέρα
ahc-supp-little-interest = Τις τελευταίες 2 εβδομάδες, πόσο συχνά σας ενόχλησε το ότι είχατε λίγο ενδιαφέρον ή λίγη ευχαρίστηση να κάνετε πράγματα;
ahc-supp-feeling-down = Τις τελευταίες 2 εβδομάδες, πόσο συχνά σας ενόχλησε το ότι νιώθατε πεσμένη διάθεση, κατάθλιψη ή απελπισία;
ahc-supp-phq-not-at-all = Καθόλου
ahc-supp-phq-several-days = Αρκετές μέρες
ahc-supp-phq-more-than-half = Περισσότερες από τις μισές μέρες
ahc-supp-phq-nearly-every-day = Σχεδόν κάθε μέρα
ahc-supp-stress = Στρες σημαίνει μια κατάσταση όπου ένα άτομο νιώθει ένταση, ανησυχία, νευρικότητα ή άγχος, ή δεν μπορεί να κοιμηθεί τη νύχτα επειδή το μυαλό του είναι συνέχεια ταραγμένο. Νιώθετε τέτοιο στρες αυτές τις μέρες;
ahc-supp-stress-not-at-all = Καθόλου
ahc-supp-stress-a-little = Λίγο
ahc-supp-stress-somewhat = Κάπως
ahc-supp-stress-quite-a-bit = Αρκετά
ahc-supp-stress-very-much = Πάρα πολύ
ahc-supp-concentrating = Εξαιτίας κάποιου σωματικού, ψυχικού ή συναισθηματικού προβλήματος υγείας, έχετε σοβαρή δυσκολία να συγκεντρωθείτε, να θυμηθείτε ή να πάρετε αποφάσεις;
ahc-supp-errands = Εξαιτίας κάποιου σωματικού, ψυχικού ή συναισθηματικού προβλήματος υγείας, έχετε δυσκολία να κάνετε τις δουλειές σας έξω από το σπίτι χωρίς συνοδεία, όπως να πάτε στο ιατρείο ή για ψώνια;
