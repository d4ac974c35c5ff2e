# German (de) draft of consent.ftl; to be checked with an interpreter.
# Consent before screening, and follow-up on a need.

consent-title = Bevor wir beginnen
consent-screening = Ich möchte Ihnen einige Fragen zu Ihrer Gesundheit und Ihrem Leben stellen. Sie können jede Frage überspringen. Sind Sie damit einverstanden?
consent-share-for-referral = Wenn wir etwas finden, wobei Sie Hilfe brauchen: Dürfen wir das an eine gemeinnützige Organisation vor Ort weitergeben, die helfen kann?

follow-up-title = Nachverfolgung
follow-up-status = Was ist mit diesem Bedarf geschehen?
follow-up-status-open = Offen
follow-up-status-resource-given = Hilfsangebot weitergegeben
follow-up-status-referred = Weitervermittelt
follow-up-status-declined-help = Mitglied hat Hilfe abgelehnt
follow-up-status-already-getting-help = Bekommt bereits Hilfe
follow-up-status-resolved = Erledigt
follow-up-organization = An welche Organisation wurde das Mitglied vermittelt?
follow-up-note = Notiz
