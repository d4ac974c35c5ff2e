# Consent before screening, and follow-up on a need.

consent-title = Prima di iniziare
consent-screening = Vorrei farle alcune domande sulla sua salute e sulla sua vita. Può saltare qualsiasi domanda. Va bene?
consent-share-for-referral = Se troviamo qualcosa per cui ha bisogno di aiuto, possiamo condividerlo con un’organizzazione della comunità che può aiutarla?

follow-up-title = Monitoraggio
follow-up-status = Che cosa è stato fatto per questo bisogno?
follow-up-status-open = Aperto
follow-up-status-resource-given = Risorsa fornita
follow-up-status-referred = Indirizzato a un’organizzazione
follow-up-status-declined-help = Il membro ha rifiutato l’aiuto
follow-up-status-already-getting-help = Riceve già aiuto
follow-up-status-resolved = Risolto
follow-up-organization = A quale organizzazione è stato indirizzato il membro?
follow-up-note = Nota
