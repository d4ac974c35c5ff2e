# Albanian (sq) draft of consent.ftl; formal "ju"; to be checked with an interpreter.
# Consent before screening, and follow-up on a need.

consent-title = Para se të fillojmë
consent-screening = Do të doja t’ju bëja disa pyetje për shëndetin dhe jetën tuaj. Mund të kaloni çdo pyetje. A jeni dakord?
consent-share-for-referral = Nëse gjejmë diçka për të cilën keni nevojë për ndihmë, a mund ta ndajmë me një organizatë të komunitetit që mund t’ju ndihmojë?

follow-up-title = Ndjekja
follow-up-status = Çfarë ndodhi me këtë nevojë?
follow-up-status-open = E hapur
follow-up-status-resource-given = U dha informacion për ndihmë
follow-up-status-referred = U referua
follow-up-status-declined-help = Anëtari refuzoi ndihmën
follow-up-status-already-getting-help = Po merr tashmë ndihmë
follow-up-status-resolved = E zgjidhur
follow-up-organization = Te cila organizatë u referua anëtari?
follow-up-note = Shënim
