# Consent before screening, and follow-up on a need.

consent-title = مخکې له دې چې پیل وکړو
consent-screening = غواړم چې ستاسو د روغتیا او ژوند په اړه له تاسو څخه څو پوښتنې وکړم. تاسو کولی شئ هره پوښتنه چې وغواړئ، پرېږدئ. ایا موافق یاست؟
consent-share-for-referral = که موږ پوه شو چې تاسو په کوم کار کې مرستې ته اړتیا لرئ، ایا اجازه راکوئ چې دا معلومات له یوې ټولنیزې ادارې سره شریک کړو چې له تاسو سره مرسته کولی شي؟

follow-up-title = تعقیب
follow-up-status = د دې اړتیا په اړه څه وشول؟
follow-up-status-open = پرانیستې
follow-up-status-resource-given = د مرستې سرچینه ورکړل شوه
follow-up-status-referred = راجع شو
follow-up-status-declined-help = غړي مرسته ونه منله
follow-up-status-already-getting-help = لا دمخه مرسته ترلاسه کوي
follow-up-status-resolved = حل شوه
follow-up-organization = غړی کومې ادارې ته راجع شو؟
follow-up-note = یادښت
