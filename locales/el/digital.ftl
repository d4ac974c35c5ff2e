# Digital access intake (telehealth navigators) and the help navigators give.
# Greek (el) draft; to be checked with an interpreter.

digital-access-title = Ίντερνετ και επισκέψεις μέσω βίντεο
digital-access-internet-home = Έχετε ίντερνετ στο σπίτι;
digital-access-internet-home-home = Ναι, ίντερνετ ή Wi-Fi στο σπίτι
digital-access-internet-home-phone-only = Μόνο μέσω των δεδομένων (data) του κινητού μου
digital-access-internet-home-none = Όχι
digital-access-internet-reliable = Είναι το ίντερνετ σας αρκετά καλό για μια επίσκεψη μέσω βίντεο;
digital-access-internet-reliable-yes = Ναι
digital-access-internet-reliable-sometimes = Μερικές φορές
digital-access-internet-reliable-no = Όχι
digital-access-data-runs-out = Σας τελειώνουν τα δεδομένα (data) του κινητού πριν από το τέλος του μήνα;
digital-access-data-runs-out-often = Συχνά
digital-access-data-runs-out-sometimes = Μερικές φορές
digital-access-data-runs-out-never = Ποτέ
digital-access-devices = Ποιες από αυτές τις συσκευές μπορείτε να χρησιμοποιήσετε για μια επίσκεψη μέσω βίντεο;
digital-access-devices-smartphone = Έξυπνο κινητό (smartphone)
digital-access-devices-tablet = Τάμπλετ
digital-access-devices-computer = Υπολογιστής με κάμερα
digital-access-devices-none = Καμία από αυτές
digital-access-device-shared = Μοιράζεστε αυτή τη συσκευή με άλλους;
digital-access-private-space = Έχετε ένα ιδιωτικό μέρος για να μιλάτε κατά τη διάρκεια μιας επίσκεψης μέσω βίντεο;
digital-access-confidence = Πόση σιγουριά νιώθετε όταν χρησιμοποιείτε τηλέφωνο ή υπολογιστή για μια επίσκεψη μέσω βίντεο;
digital-access-confidence-very = Πολλή
digital-access-confidence-somewhat = Μέτρια
digital-access-confidence-a-little = Λίγη
digital-access-confidence-not-at-all = Καθόλου
digital-access-help-available = Υπάρχει κάποιος που μπορεί να σας βοηθήσει να ετοιμάσετε μια επίσκεψη μέσω βίντεο;
digital-access-portal-account = Έχετε λογαριασμό στην ηλεκτρονική πύλη ασθενών (patient portal) του κέντρου υγείας;
digital-access-email = Έχετε διεύθυνση email που χρησιμοποιείτε;
digital-access-preferred-visit = Πώς θα θέλατε να γίνονται οι επισκέψεις σας;
digital-access-preferred-visit-in-person = Αυτοπροσώπως
digital-access-preferred-visit-video = Μέσω βίντεο
digital-access-preferred-visit-phone = Μέσω τηλεφώνου

navigator-actions-title = Βοήθεια που δόθηκε
navigator-actions-actions = Σε τι βοηθήσατε το μέλος;
navigator-actions-actions-install-app = Εγκατέστησα την εφαρμογή για τις επισκέψεις μέσω βίντεο
navigator-actions-actions-portal = Ρύθμισα την πύλη ασθενών
navigator-actions-actions-test-call = Κάναμε δοκιμαστική κλήση
navigator-actions-actions-internet-program = Έγινε παραπομπή σε πρόγραμμα για φθηνό ίντερνετ ή τηλέφωνο
navigator-actions-actions-device-loan = Δάνεισα μια συσκευή
navigator-actions-actions-video-visit = Κλείσαμε ραντεβού για επίσκεψη μέσω βίντεο
navigator-actions-actions-declined = Το μέλος δεν ήθελε βοήθεια
navigator-actions-notes = Σημειώσεις
