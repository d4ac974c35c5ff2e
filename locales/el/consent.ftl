# Consent before screening, and follow-up on a need.
# Greek (el) draft; to be checked with an interpreter.

consent-title = Πριν ξεκινήσουμε
consent-screening = Θα ήθελα να σας κάνω μερικές ερωτήσεις για την υγεία σας και τη ζωή σας. Μπορείτε να παραλείψετε όποια ερώτηση θέλετε. Συμφωνείτε;
consent-share-for-referral = Αν βρούμε κάτι για το οποίο χρειάζεστε βοήθεια, μπορούμε να το μοιραστούμε με έναν κοινοτικό φορέα που μπορεί να σας βοηθήσει;

follow-up-title = Παρακολούθηση
follow-up-status = Τι έγινε με αυτή την ανάγκη;
follow-up-status-open = Ανοιχτή
follow-up-status-resource-given = Δόθηκαν πληροφορίες για υπηρεσία ή βοήθεια
follow-up-status-referred = Έγινε παραπομπή
follow-up-status-declined-help = Το μέλος αρνήθηκε τη βοήθεια
follow-up-status-already-getting-help = Λαμβάνει ήδη βοήθεια
follow-up-status-resolved = Επιλύθηκε
follow-up-organization = Σε ποιον φορέα παραπέμφθηκε το μέλος;
follow-up-note = Σημείωση
