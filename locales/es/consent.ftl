# Spanish (es) draft of consent.ftl: consent before screening, and follow-up on a need.

consent-title = Antes de empezar
consent-screening = Me gustaría hacerle algunas preguntas sobre su salud y su vida. Puede saltarse cualquier pregunta. ¿Está bien?
consent-share-for-referral = Si encontramos algo en lo que necesite ayuda, ¿podemos compartirlo con una organización de la comunidad que le pueda ayudar?

follow-up-title = Seguimiento
follow-up-status = ¿Qué pasó con esta necesidad?
follow-up-status-open = Abierta
follow-up-status-resource-given = Se le dio un recurso
follow-up-status-referred = Se le refirió a una organización
follow-up-status-declined-help = El miembro no quiso ayuda
follow-up-status-already-getting-help = Ya recibe ayuda
follow-up-status-resolved = Resuelta
follow-up-organization = ¿A qué organización se refirió al miembro?
follow-up-note = Nota
