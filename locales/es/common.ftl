# Spanish (es) draft of common.ftl: messages shared by every instrument and screen; to be reviewed by an interpreter.

common-yes-no-yes = Sí
common-yes-no-no = No

answer-asked-declined = Prefiero no contestar
answer-asked-unknown = No sé
answer-not-asked = No se preguntó
hint-choose-all = Marque todas las opciones que correspondan.

domain-housing-instability = Vivienda
domain-housing-instability-explain = El miembro podría perder su vivienda, o no tiene un lugar estable donde vivir.
domain-housing-quality = Condiciones de la vivienda
domain-housing-quality-explain = Hay problemas en la vivienda del miembro que pueden dañar su salud.
domain-food = Comida
domain-food-explain = En los últimos 12 meses, al miembro le preocupó quedarse sin comida, o se le acabó la comida.
domain-transportation = Transporte
domain-transportation-explain = La falta de transporte le ha impedido al miembro recibir atención médica, ir al trabajo o conseguir cosas que necesita.
domain-utilities = Servicios de la casa
domain-utilities-explain = La compañía de electricidad, gas, combustible para calefacción o agua amenazó con cortar el servicio, o ya lo cortó.
domain-interpersonal-safety = Seguridad
domain-interpersonal-safety-explain = Es posible que alguien le esté haciendo daño al miembro, o lo esté amenazando o insultando.
domain-financial-strain = Dinero para lo básico
domain-financial-strain-explain = Es difícil pagar la comida, la vivienda, la atención médica o la calefacción.
domain-employment = Trabajo
domain-employment-explain = El miembro quiere ayuda para encontrar o mantener un trabajo.
domain-family-community-support = Apoyo de otras personas
domain-family-community-support-explain = El miembro necesita más ayuda con las actividades de todos los días, o siente soledad con frecuencia.
domain-education = Estudios y capacitación
domain-education-explain = El miembro quiere ayuda con sus estudios o con capacitación para el trabajo.
domain-physical-activity = Actividad física
domain-physical-activity-explain = El miembro hace menos de 150 minutos de ejercicio a la semana.
domain-substance-use = Alcohol, tabaco y drogas
domain-substance-use-explain = El miembro informó un consumo del que podría valer la pena hablar.
domain-mental-health = Salud mental
domain-mental-health-explain = El miembro ha sentido desánimo, ha perdido el interés en las cosas o siente mucho estrés.
domain-disabilities = Discapacidades
domain-disabilities-explain = El miembro tiene dificultad seria para concentrarse o para hacer diligencias sin compañía.
domain-digital-access = Internet y dispositivos
domain-digital-access-explain = El miembro no tiene internet confiable o un dispositivo para las videoconsultas.
domain-digital-literacy = Confianza con la tecnología
domain-digital-literacy-explain = El miembro no se siente cómodo con las videoconsultas y no tiene a nadie que lo ayude.

outcome-positive = Se encontró una necesidad
outcome-negative = No se encontró ninguna necesidad
outcome-not-scored = Sin puntuar: faltan algunas respuestas

flag-homelessness = El miembro no tiene un lugar estable donde vivir (está sin hogar).
safety-discreet-prompt = Antes de hablar de esto, asegúrese de que el miembro esté a solas y de que sea seguro hablar.

translation-status-reference = Texto de referencia
translation-status-draft = Traducción en borrador: revise la redacción con un intérprete
translation-status-reviewed = Revisado por { $reviewer } el { $date }

role-chw = trabajador comunitario de salud
role-navigator = navegador de telesalud
role-supervisor = supervisor

permission-find-members = buscar miembros
permission-view-member = ver los datos de un miembro
permission-edit-member = agregar o cambiar los datos de un miembro
permission-record-response = registrar una evaluación
permission-record-follow-up = registrar un seguimiento
permission-retract-any-response = marcar la evaluación de otra persona como registrada por error
permission-manage-users = administrar usuarios
permission-backup = hacer una copia de seguridad
permission-restore = restaurar una copia de seguridad
permission-verify-store = verificar el almacén de datos
permission-review-team = revisar el trabajo del equipo
permission-import-members = importar miembros o datos de demostración
permission-sync = sincronizar con el servidor central
