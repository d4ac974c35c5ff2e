# Consent before screening, and follow-up on a need.

consent-title = Avant de commencer
consent-screening = J’aimerais vous poser quelques questions sur votre santé et sur votre vie. Vous pouvez passer n’importe quelle question. Êtes-vous d’accord ?
consent-share-for-referral = Si nous trouvons quelque chose pour lequel vous avez besoin d’aide, pouvons-nous transmettre cette information à un organisme communautaire qui peut vous aider ?

follow-up-title = Suivi
follow-up-status = Quelle suite a été donnée à ce besoin ?
follow-up-status-open = Ouvert
follow-up-status-resource-given = Ressource fournie
follow-up-status-referred = Orienté vers un organisme
follow-up-status-declined-help = Le membre a refusé l’aide
follow-up-status-already-getting-help = Reçoit déjà de l’aide
follow-up-status-resolved = Résolu
follow-up-organization = Vers quel organisme le membre a-t-il été orienté ?
follow-up-note = Remarque
