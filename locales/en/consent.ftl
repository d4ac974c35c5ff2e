# Consent before screening, and follow-up on a need.

consent-title = Before we start
consent-screening = I would like to ask you some questions about your health and your life. You can skip any question. Is that all right?
consent-share-for-referral = If we find something you need help with, may we share it with a community organization that can help?

follow-up-title = Follow-up
follow-up-status = What happened with this need?
follow-up-status-open = Open
follow-up-status-resource-given = Resource given
follow-up-status-referred = Referred
follow-up-status-declined-help = Member declined help
follow-up-status-already-getting-help = Already getting help
follow-up-status-resolved = Resolved
follow-up-organization = Which organization was the member referred to?
follow-up-note = Note
