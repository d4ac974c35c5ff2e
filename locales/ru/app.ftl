# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Продолжить
app-cancel = Отмена
app-save = Сохранить
app-none = Нет.
app-show = Показать
app-lock = Заблокировать
app-locked-notice = Экран заблокирован. Войдите, чтобы продолжить.
app-nav-label = Главное меню
app-nav-members = Участники
app-nav-supervisor = Руководитель
app-nav-settings = Настройки
app-nav-sync = Синхронизация
app-for-staff = Для сотрудников:
app-fallback-english = (ещё не переведено: показан английский текст)
app-translation-status-missing = Перевода пока нет: вопросы показаны на английском

## First run and sign-in
app-setup-title = Настройка Equity Intake
app-setup-explain = Создайте хранилище данных этого медицинского центра и его первого руководителя. Все данные хранятся на этом компьютере в зашифрованном виде.
app-setup-submit = Создать хранилище
app-recovery-title = Ваш ключ восстановления
app-recovery-explain = Если все руководители забудут свои PIN-коды, этот ключ — единственный способ снова открыть хранилище. Запишите его и храните в надёжном запертом месте, отдельно от этого компьютера. Он показывается только один раз.
app-recovery-confirm = Ключ восстановления записан и надёжно спрятан.
app-sign-in-title = Вход
app-sign-in-submit = Войти
app-pin-hint = Не менее 6 символов. Никому его не сообщайте.
app-field-site = Название медицинского центра
app-field-username = Имя пользователя
app-field-name = Полное имя
app-field-pin = PIN-код
app-field-pin-again = PIN-код ещё раз
app-field-role = Роль
app-field-staff-language = Язык интерфейса

## Members
app-members-title = Участники
app-members-search = Поиск по имени, номеру MassHealth, номеру медицинской карты или дате рождения
app-members-recent = Участники, с которыми Вы недавно работали
app-members-none-yet = Недавних участников нет. Воспользуйтесь поиском выше или добавьте участника.
app-members-found = { $count ->
    [one] Найден { $count } участник
    [few] Найдено { $count } участника
    [many] Найдено { $count } участников
   *[other] Найдено { $count } участника
}
app-members-too-many = Найдено слишком много участников (больше { $count }): введите имя полнее.
app-members-add = Добавить участника
app-members-save = Сохранить участника
app-duplicates-found = Похоже, что эти участники — тот же самый человек. Откройте одного из них или добавьте нового участника, если это другой человек.
app-duplicates-add-anyway = Это другой человек: добавить нового участника
app-dob = Дата рождения
app-masshealth-id = Номер MassHealth
app-mrn = Номер медицинской карты
app-field-given-name = Имя
app-field-family-name = Фамилия
app-field-date-of-birth = Дата рождения
app-field-masshealth-id = Номер MassHealth (необязательно)
app-field-mrn = Номер медицинской карты (необязательно)

## Member profile
app-demographics-title = Что участник сообщил о себе
app-topic = Тема
app-state = Статус
app-answer = Ответ
app-asked-on = Дата вопроса
app-proxy = ответил другой человек
app-topic-race-ethnicity = Раса и этническое происхождение
app-topic-language = Язык
app-topic-disability = Инвалидность
app-topic-sexual-orientation = Сексуальная ориентация
app-topic-gender-identity = Гендерная идентичность
app-topic-sex-at-birth = Пол, присвоенный при рождении
app-topic-pronouns = Местоимения
app-state-answered = Ответ получен
app-state-declined = Отказ от ответа
app-state-unknown = Ответ «не знаю»
app-state-never-asked = Вопрос ни разу не задавался
app-state-stale = Старше одного года
app-history-title = Скрининги
app-history-none = Скринингов пока нет.
app-drafts-title = Незавершённые скрининги
app-resume = Продолжить
app-needs-title = Потребности
app-needs-none = Пока потребностей не выявлено.
app-need-discreet = Деликатная потребность
app-opened-on = Дата выявления
app-follow-up-add = Записать дальнейшие действия

## Starting a screening
app-start-title = Начать скрининг
app-start-submit = Начать
app-field-instruments = Опросники
app-field-member-language = Язык участника
app-field-mode = Как проводится
app-mode-in-person = Лично
app-mode-phone = По телефону
app-mode-video = По видеосвязи
app-field-interpreter = Помогает устный переводчик
app-field-respondent = Кто отвечает
app-respondent-self = Сам участник
app-respondent-proxy = Другой человек за участника (родитель или человек, который за ним ухаживает)
app-field-relationship = Кем этот человек приходится участнику
app-field-consent = Участник согласен

## Screening
app-screening-for = Скрининг участника
app-question-position = Вопрос { $n } из { $total }
app-progress = Отвечено: { $answered } из { $total }
app-steps-label = Вопросы
app-back = Назад
app-next = Далее
app-finish = Завершить и сохранить
app-save-close = Закрыть (ответы сохранены)
app-discard = Удалить этот скрининг
app-discard-confirm = Удалить все ответы этого скрининга? Это действие нельзя отменить.

## Results
app-results-title = Результаты
app-results-none = Нет результатов для показа.
app-safe-to-talk = Участник один, и говорить безопасно
app-to-profile = Вернуться к участнику
app-summary-print = Сводка для участника
app-summary-open = Открыть сводку
app-print = Распечатать или сохранить в PDF

## The printed summary, in the member's language
app-summary-title = Итоги Вашего скрининга
app-summary-intro = Спасибо, что ответили на наши вопросы. Здесь написано, о чём мы говорили и что будет дальше.
app-summary-none = Сегодня Вы не сообщили нам ни о каких потребностях. Вы можете обратиться к нам в любое время.
app-summary-footer = Ваши ответы конфиденциальны. Они помогают Вашему медицинскому центру и MassHealth лучше заботиться о Вашем здоровье. Если у Вас есть вопросы, позвоните в Ваш медицинский центр.
app-summary-explain-housing-instability = Возможно, Вам нужна помощь, чтобы сохранить или найти жильё.
app-summary-explain-housing-quality = Возможно, в Вашем жилье есть проблемы, которые могут повлиять на Ваше здоровье.
app-summary-explain-food = Возможно, Вам нужна помощь, чтобы у Вас было достаточно еды.
app-summary-explain-transportation = Возможно, Вам нужна помощь с транспортом, чтобы добираться к врачу, на работу или по делам.
app-summary-explain-utilities = Возможно, Вам нужна помощь с оплатой электричества, газа, топлива для отопления или воды.
app-summary-explain-interpersonal-safety = Мы можем поговорить о Вашей безопасности, когда Вы захотите.
app-summary-explain-financial-strain = Возможно, Вам нужна помощь с оплатой самого необходимого.
app-summary-explain-employment = Возможно, Вы хотите получить помощь, чтобы найти или сохранить работу.
app-summary-explain-family-community-support = Возможно, Вам хочется больше помощи дома или больше общения с другими людьми.
app-summary-explain-education = Возможно, Вы хотите получить помощь с учёбой или профессиональным обучением.
app-summary-explain-physical-activity = Если Вы будете больше двигаться, это может помочь Вашему здоровью.
app-summary-explain-substance-use = Мы можем поговорить об алкоголе, табаке или наркотиках, когда Вы захотите.
app-summary-explain-mental-health = Возможно, Вам хочется поговорить с кем-нибудь о том, что Вы чувствуете.
app-summary-explain-disabilities = Возможно, Вы хотите получить помощь с повседневными делами.
app-summary-explain-digital-access = Возможно, Вам нужна помощь, чтобы получить интернет или устройство для видеоприёмов.
app-summary-explain-digital-literacy = Возможно, Вы хотите получить помощь, чтобы научиться пользоваться видеоприёмами.

## Supervisor
app-supervisor-title = Сегодня
app-team-work = Работа по сотрудникам
app-staff = Сотрудник
app-screenings = Скрининги
app-members-screened = Участники
app-needs-opened = Выявленные потребности
app-incomplete-title = Незавершённые скрининги
app-unfollowed-title = Потребности без дальнейших действий
app-users-title = Пользователи
app-add-user = Добавить пользователя
app-reset-pin = Сбросить PIN-код
app-deactivate = Отключить
app-inactive = отключён
app-site-settings = Настройки медицинского центра
app-setting-idle-lock-seconds = Через сколько секунд бездействия блокировать экран
app-setting-sogi-min-age = Минимальный возраст для вопросов о сексуальной ориентации и гендерной идентичности

## Settings
app-text-size = Размер текста
app-about = О программе
app-language = Язык
app-translation-status = Перевод

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = Экран заблокирован. Войдите снова: ничего не потеряно.
app-error-pin-mismatch = PIN-коды не совпадают.
app-error-preferences = Не удалось сохранить эту настройку на этом компьютере.
app-error-date-of-birth = Введите дату рождения полностью.
app-error-member-name = Введите имя или фамилию.
app-error-member-date-of-birth = Дата рождения не может быть в будущем.
app-error-member-masshealth-id = Номер MassHealth состоит только из букв и цифр.
app-error-member-language = Выберите язык участника.
app-error-mode = Выберите, как проводится скрининг.
app-error-respondent = Выберите, кто отвечает.
app-error-proxy-relationship = Укажите, кто отвечает за участника.
app-error-consent = Участник должен дать согласие до того, как будет задан любой вопрос.
app-error-instruments = Выберите хотя бы один опросник.
app-error-answer = Этот ответ не подходит к вопросу. Выберите ещё раз.
app-error-answer-exclusive = Этот ответ нельзя выбрать вместе с другими.
app-error-answer-range = Это число вне диапазона, допустимого для этого вопроса.
app-error-required-unanswered = Прежде чем завершить, ответьте на этот вопрос или выберите «Предпочитаю не отвечать».
app-error-follow-up-status = Выберите, что было сделано по этой потребности.
app-error-role = Выберите роль.
app-error-setting = Это значение вне допустимого диапазона.

# Экран синхронизации для руководителя.
app-sync-title = Синхронизация с центральным сервером ACO
app-sync-not-enrolled = Это устройство ещё не зарегистрировано на центральном сервере. Введите адрес сервера и одноразовый код, который Вам выдали в ACO.
app-sync-hub-url = Адрес сервера
app-sync-code = Код регистрации
app-sync-enroll = Зарегистрировать это устройство
app-sync-enrolled = Устройство зарегистрировано на сервере { $url } для { $site }.
app-sync-unsent = { $count ->
    [one] { $count } запись ожидает отправки.
    [few] { $count } записи ожидают отправки.
    [many] { $count } записей ожидают отправки.
   *[other] { $count } записи ожидают отправки.
}
app-sync-all-sent = Все данные уже на центральном сервере.
app-sync-now = Синхронизировать сейчас
app-sync-sending = Отправка записей: { $sent } из { $total }
app-sync-finished = { $records ->
    [one] Готово: { $records } запись отправлена, и сервер подтвердил её получение.
    [few] Готово: { $records } записи отправлены, и сервер подтвердил их получение.
    [many] Готово: { $records } записей отправлено, и сервер подтвердил их получение.
   *[other] Готово: { $records } записи отправлено, и сервер подтвердил их получение.
}
app-sync-history = Последние синхронизации
app-sync-started = Начало
app-sync-by = Кто запустил
app-sync-records = Записи
app-sync-receipts = Подписанные подтверждения
app-sync-result = Результат
app-sync-ok = Завершено
app-sync-receipt = { $count ->
    [one] Пакет { $sequence }: { $count } запись
    [few] Пакет { $sequence }: { $count } записи
    [many] Пакет { $sequence }: { $count } записей
   *[other] Пакет { $sequence }: { $count } записи
}
