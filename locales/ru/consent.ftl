# Consent before screening, and follow-up on a need.

consent-title = Прежде чем мы начнём
consent-screening = Мне хотелось бы задать Вам несколько вопросов о Вашем здоровье и Вашей жизни. Вы можете пропустить любой вопрос. Вы согласны?
consent-share-for-referral = Если мы выясним, что Вам нужна помощь, можем ли мы сообщить об этом общественной организации, которая может помочь?

follow-up-title = Дальнейшие действия
follow-up-status = Что было сделано по этой потребности?
follow-up-status-open = Открыто
follow-up-status-resource-given = Дана информация о помощи
follow-up-status-referred = Дано направление в организацию
follow-up-status-declined-help = Участник отказался от помощи
follow-up-status-already-getting-help = Уже получает помощь
follow-up-status-resolved = Решено
follow-up-organization = В какую организацию направлен участник?
follow-up-note = Примечание
