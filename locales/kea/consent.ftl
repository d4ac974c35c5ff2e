# Consent before screening, and follow-up on a need.

consent-title = Antis di nu kumesa
consent-screening = N gostaba di fazi-bu algun purgunta sobri bu saúdi y bu vida. Bu pode pula kualker purgunta. Sta dretu pa bo?
consent-share-for-referral = Si nu atxa algun kuza ki bu meste djuda, nu pode partilha-l ku un organizason di kumunidadi ki pode djuda-bu?

follow-up-title = Akonpanhamentu
follow-up-status = Kuzé ki kontise ku es nesesidadi?
follow-up-status-open = Abertu
follow-up-status-resource-given = Rekursu dadu
follow-up-status-referred = Mandadu pa un organizason
follow-up-status-declined-help = Membru ka kre djuda
follow-up-status-already-getting-help = Dja sta ta resebe djuda
follow-up-status-resolved = Rezolvidu
follow-up-organization = Pa kal organizason ki membru mandadu?
follow-up-note = Nota
