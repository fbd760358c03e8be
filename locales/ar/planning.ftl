nav-planning = أداة التخطيط
planning-title = أداة التخطيط
planning-no-set = لم تُحمَّل أي مجموعة مؤشرات بعد. يستورد أحد المديرين مجموعةً منها عبر حزمة محتوى.
planning-indicator-count = { $count ->
    [zero] لا توجد مؤشرات بعد.
    [one] مؤشر واحد، موزَّع على أقسام يمكنك الإجابة عنها قسمًا تلو الآخر.
    [two] مؤشران، موزَّعان على أقسام يمكنك الإجابة عنها قسمًا تلو الآخر.
    [few] { $count } مؤشرات، موزَّعة على أقسام يمكنك الإجابة عنها قسمًا تلو الآخر.
    [many] { $count } مؤشرًا، موزَّعة على أقسام يمكنك الإجابة عنها قسمًا تلو الآخر.
   *[other] { $count } مؤشر، موزَّعة على أقسام يمكنك الإجابة عنها قسمًا تلو الآخر.
}
planning-sign-in-to-start = سجِّل الدخول لبدء تقييم أو متابعته.
planning-my-assessments = تقييماتك
planning-none-yet = لست مشاركًا في أي تقييم بعد. ابدأ تقييمًا أدناه، أو اطلب دعوة من المنسّق.
planning-assessment-heading = { $territory }، الجولة { $round }
planning-start-title = بدء تقييم
planning-start-local-authority-only = يبدأ التقييمَ شخصٌ من سلطة محلية أو إقليمية. إذا كان هذا ينطبق عليك، فاذكر ذلك في ملفك الشخصي؛ أما الشركاء فينضمون بدعوة.
planning-edit-profile = تعديل ملفك الشخصي
planning-field-territory = المنطقة
planning-hint-territory = البلدية أو المقاطعة أو الإقليم الذي تقيّمه، بالاسم الذي يستخدمه سكانه.
planning-start-button = بدء التقييم
planning-error-local-authority = لا يمكن أن يبدأ التقييمَ إلا عضو في سلطة محلية أو إقليمية. يُرجى تحديث ملفك الشخصي، أو الطلب من سلطتك أن تدعوك.
planning-error-territory = يُرجى ذكر اسم المنطقة (بحد أقصى 200 حرف).
planning-error-country = يُرجى اختيار البلد من القائمة.
planning-error-no-set = لم تُحمَّل أي مجموعة مؤشرات، لذا لا يمكن بدء أي تقييم بعد.
planning-status = الحالة
planning-status-open = مفتوح لتلقّي الإجابات
planning-status-closed = مغلق
planning-published = الملف التعريفي منشور
planning-role-coordinator = منسّق
planning-role-respondent = مُجيب
planning-sections = الأقسام المطلوب الإجابة عنها
planning-section = القسم
planning-indicators = المؤشرات
planning-answered-by-me = أجبتَ عنها
planning-answered-by-anyone = أجاب عنها أحد المشاركين
planning-results = النتائج
planning-profile-title = الملف التعريفي
planning-plan-title = خطة العمل
planning-answers-csv = جميع الإجابات (CSV)
planning-review-title = مراجعة الإجابات
planning-differing-count = { $count ->
    [0] لا توجد إجابات متباينة
    [one] مؤشر واحد بإجابات متباينة
    [two] مؤشران بإجابات متباينة
    [few] { $count } مؤشرات بإجابات متباينة
    [many] { $count } مؤشرًا بإجابات متباينة
   *[other] { $count } مؤشر بإجابات متباينة
}
planning-members = الأعضاء
planning-invitations = الدعوات
planning-invitation-accepted = مقبولة
planning-invitation-pending = بانتظار القبول
planning-invitation-expired = منتهية الصلاحية
planning-invite-email = دعوة زميل أو شريك عبر البريد الإلكتروني
planning-hint-invite = يتلقى المدعو رابطًا صالحًا لمدة 14 يومًا، ويجيب باستخدام حسابه الخاص.
planning-invite-button = إرسال الدعوة
planning-error-already-member = هذا الشخص عضو في التقييم بالفعل.
planning-error-already-invited = هناك دعوة مرسلة إلى هذا العنوان لا تزال بانتظار القبول.
planning-coordinator = أدوات المنسّق
planning-close-button = إغلاق هذه الجولة
planning-repeat-button = بدء الجولة التالية
planning-publish-button = نشر الملف التعريفي
planning-unpublish-button = إيقاف نشر الملف التعريفي
planning-privacy = لا يرى التقييمَ إلا أعضاؤه. وعند النشر يظهر الملف التعريفي للجميع، دون الإجابات.
planning-level = المستوى
planning-level-absent = غير موجود
planning-level-partial = جزئي
planning-level-complete = مكتمل
planning-level-na = لا ينطبق
planning-evidence = الأدلة
planning-links = روابط الأدلة
planning-hint-links = رابط ويب واحد في كل سطر، يبدأ بـ https://
planning-save-section = حفظ هذا القسم
planning-saved = تم حفظ إجاباتك.
planning-back-to-overview = العودة إلى التقييم
planning-back-to-list = العودة إلى أداة التخطيط
planning-error-round-closed = هذه الجولة مغلقة: لم يعد من الممكن تغيير الإجابات.
planning-error-unknown-indicator = ذكر النموذج مؤشرًا لا ينتمي إلى هذا القسم.
planning-error-unknown-level = أرسل النموذج مستوى غير موجود.
planning-error-choose-level = يُرجى اختيار مستوى: غير موجود، أو جزئي، أو مكتمل، أو لا ينطبق.
planning-error-too-long = هذا النص طويل جدًا: يجب أن تكون الأدلة أقل من 4000 حرف، والروابط أقل من 2000 حرف.
planning-error-links = يُرجى كتابة كل رابط في سطر مستقل، بحيث يبدأ بـ https:// أو http://.
planning-error-conflict = حفظ شخص آخر إجابة مختلفة عن هذا المؤشر بعد أن فتحتَ الصفحة. تظهر الإجابتان كلتاهما: راجِعهما، ثم احفظ مرة أخرى للإبقاء على إجابتك.
planning-conflict-saved = حُفظ في هذه الأثناء:
planning-conflict-yours = أبقينا إجابتك أدناه، لكنها لم تُحفظ.
planning-error-reason = يُرجى ذكر سبب المستوى الذي اخترته.
planning-error-close-first = يُرجى إغلاق هذه الجولة قبل بدء الجولة التالية.
planning-invitation-title = دعوة إلى تقييم
planning-invitation-intro = ندعوك إلى الإجابة عن أسئلة التقييم الذاتي في { $territory }.
planning-accept-button = القبول والمشاركة
planning-invitation-used = سبق استخدام هذه الدعوة. إذا كنت قد قبلتها، فستجد التقييم في قائمتك.
planning-invitation-expired-message = انتهت صلاحية هذه الدعوة. يُرجى أن تطلب من المنسّق دعوتك مرة أخرى.
planning-invitation-other-address = أُرسلت هذه الدعوة إلى عنوان بريد إلكتروني آخر. يُرجى تسجيل الدخول بذلك العنوان، أو الطلب من المنسّق أن يدعوك.
planning-invitation-mail-subject = دعوة: التقييم الذاتي للهجرة والتنمية المحلية في { $territory }
planning-invitation-mail-body = يدعوك { $name } إلى الإجابة عن أسئلة التقييم الذاتي في { $territory } على منصة M4D Toolbox. افتح هذا الرابط للمشاركة:
planning-invitation-mail-expiry = { $days ->
    [one] يعمل الرابط لمدة يوم واحد.
    [two] يعمل الرابط لمدة يومين.
    [few] يعمل الرابط لمدة { $days } أيام.
    [many] يعمل الرابط لمدة { $days } يومًا.
   *[other] يعمل الرابط لمدة { $days } يوم.
}
planning-review-intro = مَن أجاب بماذا، مؤشرًا تلو الآخر. حيث تتباين الإجابات، اختر المستوى المعتمد واذكر السبب؛ إذ يُحفظ السبب.
planning-review-empty = لم يُجب أحد بعد.
planning-standing-differs = إجابات متباينة
planning-standing-unanswered = بلا إجابة
planning-resolved-as = المستوى المعتمد:
planning-resolve-level = المستوى الذي يُعتمد
planning-resolve-reason = السبب
planning-resolve-button = تسجيل القرار
planning-profile-intro = ما هو متطوّر بشكل جيد وما لديه إمكانات لمزيد من التطوير، حسب القسم وحسب القطاع. إنها صورة تساعد على التخطيط، وليست درجة أو ترتيبًا.
planning-print-hint = للطباعة أو الحفظ بصيغة PDF، استخدم أمر الطباعة في متصفحك: لن تظهر القوائم والنماذج في النسخة المطبوعة.
planning-open-count = { $count ->
    [one] مؤشر واحد لم تتم الإجابة عنه بعد أو إجاباته متباينة.
    [two] مؤشران لم تتم الإجابة عنهما بعد أو إجاباتهما متباينة.
    [few] { $count } مؤشرات لم تتم الإجابة عنها بعد أو إجاباتها متباينة.
    [many] { $count } مؤشرًا لم تتم الإجابة عنها بعد أو إجاباتها متباينة.
   *[other] { $count } مؤشر لم تتم الإجابة عنها بعد أو إجاباتها متباينة.
}
planning-by-subcategory = حسب القسم
planning-by-sector = حسب القطاع
planning-sector = القطاع
planning-chart = الرسم البياني
planning-bar-text = { $complete } مكتملة، و{ $partial } لديها إمكانات لمزيد من التطوير
planning-bar-open = { $count ->
    [0] {""}
    [one] ، ومؤشر واحد لم يُحسم بعد
    [two] ، ومؤشران لم يُحسما بعد
   *[other] ، و{ $count } لم تُحسم بعد
}
planning-well-developed = متطوّر بشكل جيد
planning-potential = إمكانات لمزيد من التطوير
planning-change-title = التغيّر منذ الجولة السابقة
planning-previous-round = الجولة السابقة
planning-this-round = هذه الجولة
planning-csv-indicator = المؤشر
planning-csv-statement = نص المؤشر
planning-csv-subcategory = القسم
planning-csv-sectors = القطاعات
planning-csv-respondent = المُجيب
planning-csv-level = المستوى
planning-csv-evidence = الأدلة
planning-csv-links = الروابط
planning-csv-updated = آخر تحديث
planning-csv-resolution = قرار المنسّق
planning-csv-reason = السبب
planning-plan-intro = حوِّل كل ثغرة إلى إجراءات، لكل منها جهة مسؤولة وشركاء وموعد نهائي. ويمكن أن تساعدك الدروس والممارسات الجيدة المرتبطة بكل ثغرة.
planning-plan-csv = تنزيل الخطة (CSV)
planning-actions = الإجراءات
planning-no-actions = لا توجد إجراءات بعد.
planning-gaps = الثغرات وما يمكن أن يساعد في سدّها
planning-no-gaps = لم يُتَّفق بعد على أي مؤشر بوصفه غير موجود أو جزئيًا.
planning-suggested-lessons = دروس مفيدة:
planning-suggested-practices = ممارسات جيدة يمكن التعلّم منها:
planning-add-action = إضافة إجراء
planning-add-action-button = إضافة الإجراء
planning-action-title = الإجراء
planning-action-owner = الجهة المسؤولة
planning-action-partners = الشركاء
planning-action-due = الموعد النهائي
planning-action-status = الحالة
planning-action-update = تحديث
planning-action-status-planned = مُخطَّط له
planning-action-status-in-progress = قيد التنفيذ
planning-action-status-done = مُنجَز
planning-action-status-dropped = مُلغى
planning-hint-date = السنة والشهر واليوم، مثل 2027-06-30.
planning-error-action-indicator = يُرجى اختيار الثغرة التي يعالجها هذا الإجراء.
planning-error-action-title = يُرجى توضيح الإجراء (بحد أقصى 500 حرف).
planning-error-action-owner = يُرجى ذكر الجهة المسؤولة عن الإجراء (بحد أقصى 500 حرف).
planning-error-action-date = يُرجى إدخال الموعد النهائي بصيغة السنة-الشهر-اليوم، مثل 2027-06-30.
planning-error-action-status = يُرجى اختيار حالة من القائمة.
planning-error-publish-closed = يُرجى إغلاق الجولة قبل نشر ملفها: لا يُنشر إلا ملف جولة منتهية.
planning-error-repeated = بدأت الجولة التالية من هذا التقييم بالفعل.
planning-legend-open = لم تتم الإجابة بعد، أو الإجابات مختلفة
