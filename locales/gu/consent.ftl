# Consent before screening, and follow-up on a need.
# Gujarati (gu) draft translation of consent.ftl; to be checked with an interpreter.

consent-title = શરૂ કરતાં પહેલાં
consent-screening = હું તમને તમારા આરોગ્ય અને તમારા જીવન વિશે થોડા પ્રશ્નો પૂછવા માંગુ છું. તમે કોઈ પણ પ્રશ્ન છોડી શકો છો. શું એ બરાબર છે?
consent-share-for-referral = જો અમને એવું કંઈક જણાય કે જેમાં તમને મદદની જરૂર છે, તો શું અમે તે માહિતી મદદ કરી શકે એવી કોઈ સામુદાયિક સંસ્થા સાથે શેર કરી શકીએ?

follow-up-title = ફોલો-અપ
follow-up-status = આ જરૂરિયાતનું શું થયું?
follow-up-status-open = ખુલ્લું (બાકી)
follow-up-status-resource-given = સંસાધન (માહિતી) આપ્યું
follow-up-status-referred = સંસ્થામાં મોકલ્યા (રેફર કર્યા)
follow-up-status-declined-help = સભ્યએ મદદ લેવાની ના પાડી
follow-up-status-already-getting-help = પહેલેથી મદદ મળી રહી છે
follow-up-status-resolved = ઉકેલાઈ ગયું
follow-up-organization = સભ્યને કઈ સંસ્થામાં મોકલવામાં આવ્યા?
follow-up-note = નોંધ
