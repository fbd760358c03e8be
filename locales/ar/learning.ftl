# التعلُّم: الدورة، والوحدات، والدروس، والاختبارات القصيرة، ولوحة المتابعة، ومسرد المصطلحات.

nav-main = التنقل الرئيسي
nav-learn = الدورة
nav-dashboard = تعلُّمي
breadcrumb = أنت هنا
learn-course = الدورة
learn-module = الوحدة
learn-module-map = الوحدات
learn-compulsory = إلزامية
learn-optional = اختيارية
learn-module-complete = مكتملة
learn-locked = مقفلة
learn-done = مكتمل
learn-lessons = الدروس
learn-objectives = ما ستتمكن من القيام به
learn-languages = اللغات المتاحة:
learn-lessons-count = { $count ->
    [zero] لا توجد دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
learn-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة تقريبًا
    [two] دقيقتان تقريبًا
    [few] { $minutes } دقائق تقريبًا
    [many] { $minutes } دقيقة تقريبًا
   *[other] { $minutes } دقيقة تقريبًا
}
learn-percent-done = نسبة الإنجاز: { $percent }%
learn-progress-of = التقدّم في { $module }
learn-opens-after = تُتاح بعد إكمال:
learn-locked-explained = تُتاح هذه الوحدة بعد أن تُكمل:
learn-rule = { $count ->
    [zero] الوحدة الأساسية إلزامية، ويكفي إكمالها لإتمام الدورة.
    [one] الوحدة الأساسية إلزامية. لإتمام الدورة، أكمِلها وأكمِل معها وحدة اختيارية واحدة من اختيارك.
    [two] الوحدة الأساسية إلزامية. لإتمام الدورة، أكمِلها وأكمِل معها وحدتين اختياريتين من اختيارك.
    [few] الوحدة الأساسية إلزامية. لإتمام الدورة، أكمِلها وأكمِل معها { $count } وحدات اختيارية من اختيارك.
    [many] الوحدة الأساسية إلزامية. لإتمام الدورة، أكمِلها وأكمِل معها { $count } وحدة اختيارية من اختيارك.
   *[other] الوحدة الأساسية إلزامية. لإتمام الدورة، أكمِلها وأكمِل معها { $count } وحدة اختيارية من اختيارك.
}
learn-sign-up-to-start = إنشاء حساب مجاني للبدء
learn-enrol-title = بدء الدورة
learn-plan-title = خطة التعلم الخاصة بك
learn-plan-intro = { $count ->
    [zero] اختر الوحدات الاختيارية التي تناسب عملك. لا يلزمك إكمال أي وحدة اختيارية لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
    [one] اختر الوحدات الاختيارية التي تناسب عملك. تحتاج إلى وحدة واحدة لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
    [two] اختر الوحدات الاختيارية التي تناسب عملك. تحتاج إلى وحدتين لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
    [few] اختر الوحدات الاختيارية التي تناسب عملك. تحتاج إلى { $count } وحدات لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
    [many] اختر الوحدات الاختيارية التي تناسب عملك. تحتاج إلى { $count } وحدة لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
   *[other] اختر الوحدات الاختيارية التي تناسب عملك. تحتاج إلى { $count } وحدة لإتمام الدورة؛ ويمكنك تغيير اختيارك في أي وقت.
}
learn-plan-legend = الوحدات الاختيارية
learn-plan-save = حفظ خطتي
learn-enrol = بدء الدورة
learn-enrol-first = يُرجى بدء الدورة أولًا: اختر وحداتك الاختيارية من صفحة الدورة.
learn-notice-enrol-first = لقراءة الدروس وإجراء الاختبارات القصيرة، يُرجى بدء الدورة أولًا.
learn-notice-enrolled = مرحبًا بك في الدورة. ابدأ بالوحدة الأساسية.
learn-notice-plan-saved = تم حفظ خطة التعلم الخاصة بك.
learn-course-complete = تهانينا: لقد أتممت الدورة.
learn-continue = متابعة: { $lesson }
learn-continue-button = التالي
learn-dashboard-link = تعلُّمي
learn-dashboard-title = تعلُّمي
learn-my-modules = وحداتي
learn-optional-progress = { $count ->
    [zero] الوحدات الاختيارية المكتملة: { $done }، ولا يلزم إكمال أي وحدة اختيارية.
    [one] الوحدات الاختيارية المكتملة: { $done } من أصل وحدة واحدة مطلوبة.
    [two] الوحدات الاختيارية المكتملة: { $done } من أصل وحدتين مطلوبتين.
    [few] الوحدات الاختيارية المكتملة: { $done } من أصل { $count } وحدات مطلوبة.
    [many] الوحدات الاختيارية المكتملة: { $done } من أصل { $count } وحدة مطلوبة.
   *[other] الوحدات الاختيارية المكتملة: { $done } من أصل { $count } وحدة مطلوبة.
}
learn-next-lesson = الدرس التالي: { $title }
learn-next-quiz = إجراء الاختبار القصير: { $title }
learn-quiz-results = نتائج الاختبارات القصيرة
learn-best = أفضل نتيجة
learn-attempts = المحاولات
learn-change-plan = تعديل خطة التعلم الخاصة بي

learn-lesson-position = الدرس { $position } من { $count }
learn-in-this-lesson = في هذا الدرس
learn-key-terms = المصطلحات الرئيسية
learn-mark-done = تسجيل إكمال الدرس والمتابعة
learn-lesson-navigation = دروس هذه الوحدة
learn-not-translated = هذا الدرس غير متاح بلغتك بعد. النسخة المعروضة: { $language }.
learn-translation-stale = تغيّر النص الأصلي لهذا الدرس منذ ترجمته: قد لا تكون هذه الترجمة محدَّثة.
learn-translation-draft = لم تخضع هذه الترجمة للمراجعة بعد.
learn-glossary-title = مسرد المصطلحات

callout-key-idea = فكرة أساسية
callout-case-study = دراسة حالة
callout-example = مثال
callout-reflection = للتأمل
callout-scenario = سيناريو تطبيقي

learn-quiz = اختبار قصير
learn-take-quiz = إجراء الاختبار القصير
learn-quiz-intro = { $mark ->
   *[other] أجب عن الأسئلة، ثم أرسل إجاباتك. تنجح في الاختبار إذا حصلت على { $mark }% أو أكثر، ويمكنك المحاولة بقدر ما تشاء: تُحتسب أفضل نتيجة لك.
}
learn-best-score = { $score ->
   *[other] أفضل نتيجة لك: { $score }%.
}
learn-choose-all = اختر جميع الإجابات التي تنطبق.
learn-order-hint = حدِّد موضع كل عنصر في الترتيب، بدءًا من 1.
learn-choose = اختر…
learn-true = صحيح
learn-false = خطأ
learn-your-answer = إجابتك
learn-submit-quiz = إرسال إجاباتي
learn-submit-again = إعادة إرسال إجاباتي
learn-your-score = { $score ->
   *[other] نتيجتك: { $score }%
}
learn-quiz-passed = لقد نجحت. أحسنت!
learn-quiz-not-passed = { $mark ->
   *[other] لم تنجح بعد: تحتاج إلى { $mark }%. اقرأ الملاحظات أدناه، ثم حاول مرة أخرى.
}
learn-try-again = المحاولة مرة أخرى
learn-back-to-module = العودة إلى الوحدة
learn-answer-right = إجابة صحيحة.
learn-answer-partly = إجابة صحيحة جزئيًا.
learn-answer-wrong = إجابة غير صحيحة.
learn-answer-missing = لم تتم الإجابة.

error-unknown-module = هذه الوحدة ليست جزءًا من الدورة. يُرجى الاختيار من القائمة.
error-quiz-forged = هذه الإجابات لا تتطابق مع الاختبار القصير. يُرجى إعادة تحميل صفحة الاختبار القصير والإجابة مرة أخرى.
error-module-locked = لا تزال هذه الوحدة مقفلة. توضّح صفحتها في الدورة الوحدات التي يجب إكمالها لإتاحتها.

guides-title = الأدلة
guides-intro = كيف تتعلّم باستخدام مجموعة الأدوات، وكيف تنظّم تدريبًا حضوريًا انطلاقًا منها.
guides-for-learners = للمتعلّمين
guides-for-facilitators = للميسّرين
nav-guides = الأدلة
