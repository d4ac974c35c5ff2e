# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Да
common-yes-no-no = Нет

answer-asked-declined = Предпочитаю не отвечать
answer-asked-unknown = Не знаю
answer-not-asked = Вопрос не задавался
hint-choose-all = Выберите все подходящие варианты.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Жильё
domain-housing-instability-explain = Участник может потерять жильё или не имеет постоянного места проживания.
domain-housing-quality = Условия в жилье
domain-housing-quality-explain = В жилье участника есть проблемы, которые могут навредить здоровью.
domain-food = Питание
domain-food-explain = За последние 12 месяцев участник беспокоился, что еда закончится, или еда действительно заканчивалась.
domain-transportation = Транспорт
domain-transportation-explain = Из-за отсутствия транспорта участник не мог получить медицинскую помощь, добраться до работы или получить то, что ему нужно.
domain-utilities = Коммунальные услуги
domain-utilities-explain = Компания, поставляющая электричество, газ, топливо для отопления или воду, угрожала отключить услуги или уже отключила их.
domain-interpersonal-safety = Безопасность
domain-interpersonal-safety-explain = Возможно, кто-то причиняет участнику вред, угрожает ему или оскорбляет его.
domain-financial-strain = Деньги на самое необходимое
domain-financial-strain-explain = Участнику трудно оплачивать еду, жильё, медицинскую помощь или отопление.
domain-employment = Работа
domain-employment-explain = Участник хочет получить помощь, чтобы найти или сохранить работу.
domain-family-community-support = Поддержка со стороны других людей
domain-family-community-support-explain = Участнику нужно больше помощи в повседневных делах, или он часто чувствует одиночество.
domain-education = Учёба и профессиональное обучение
domain-education-explain = Участник хочет получить помощь с учёбой или профессиональным обучением.
domain-physical-activity = Физическая активность
domain-physical-activity-explain = Участник занимается физическими упражнениями меньше 150 минут в неделю.
domain-substance-use = Алкоголь, табак и наркотики
domain-substance-use-explain = Участник сообщил об употреблении, которое, возможно, стоит обсудить.
domain-mental-health = Психическое здоровье
domain-mental-health-explain = У участника было плохое настроение, пропал интерес к занятиям, или он испытывает сильный стресс.
domain-disabilities = Инвалидность
domain-disabilities-explain = Участнику очень трудно сосредоточиться или в одиночку выполнять дела вне дома.
domain-digital-access = Интернет и устройства
domain-digital-access-explain = У участника нет надёжного интернета или устройства для видеоприёмов у врача.
domain-digital-literacy = Уверенность в использовании техники
domain-digital-literacy-explain = Участник не уверен в том, что справится с видеоприёмом, и ему некому помочь.

outcome-positive = Выявлена потребность
outcome-negative = Потребность не выявлена
outcome-not-scored = Результат не подсчитан: не хватает некоторых ответов

flag-homelessness = У участника нет постоянного места проживания (бездомность).
safety-discreet-prompt = Прежде чем обсуждать это, убедитесь, что участник один и что говорить об этом безопасно.

translation-status-reference = Исходный текст
translation-status-draft = Черновой перевод: проверьте формулировки с устным переводчиком
translation-status-reviewed = Проверено: { $reviewer }, { $date }

role-chw = общественный медицинский работник
role-navigator = консультант по телемедицине
role-supervisor = руководитель

permission-find-members = искать участников
permission-view-member = просматривать данные участника
permission-edit-member = добавлять участников и изменять их данные
permission-record-response = записывать результаты скрининга
permission-record-follow-up = записывать дальнейшие действия
permission-retract-any-response = отмечать скрининг, записанный другим сотрудником, как внесённый по ошибке
permission-manage-users = управлять пользователями
permission-backup = создавать резервную копию
permission-restore = восстанавливать данные из резервной копии
permission-verify-store = проверять хранилище данных
permission-review-team = проверять работу команды
permission-import-members = импортировать участников или демонстрационные данные
permission-sync = синхронизировать данные с центральным сервером
