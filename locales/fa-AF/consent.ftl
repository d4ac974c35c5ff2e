# Consent before screening, and follow-up on a need.

consent-title = پیش از آن‌که شروع کنیم
consent-screening = می‌خواهم چند سوال در بارهٔ صحت و زندگی شما بپرسم. شما می‌توانید به هر سوالی که نخواهید، جواب ندهید. آیا موافق هستید؟
consent-share-for-referral = اگر دریابیم که در کاری به کمک ضرورت دارید، آیا اجازه می‌دهید آن را با یک موسسهٔ اجتماعی که می‌تواند کمک کند، شریک بسازیم؟

follow-up-title = پیگیری
follow-up-status = در مورد این نیازمندی چه کاری انجام شد؟
follow-up-status-open = باز
follow-up-status-resource-given = منبع کمک معرفی شد
follow-up-status-referred = راجع شد
follow-up-status-declined-help = عضو کمک را نپذیرفت
follow-up-status-already-getting-help = از قبل کمک دریافت می‌کند
follow-up-status-resolved = حل شد
follow-up-organization = عضو به کدام موسسه راجع شد؟
follow-up-note = یادداشت
