nav-search = البحث
search-title = البحث
search-intro = ابحث عن دروس ومصطلحات من مسرد المصطلحات وأدلة ومنشورات وممارسات جيدة باللغات الإنجليزية والفرنسية والإسبانية والعربية.
search-label = الكلمات المراد البحث عنها
search-button = بحث
search-selected-filters = عوامل التصفية المطبَّقة
search-selected-filter = { $facet }: { $value }
search-remove-filter = (إزالة عامل التصفية هذا)
search-no-results = لم يُعثر على أي نتيجة
search-no-results-hint = جرّب عددًا أقل من الكلمات أو كلمات أخرى، أو أزِل أحد عوامل التصفية.
search-result-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-draft = مسودة
search-found-in-language = النسخة التي عُثر عليها: { $language }
search-pages = صفحات النتائج
search-previous-page = الصفحة السابقة
search-next-page = الصفحة التالية
search-page-of = الصفحة { $page } من { $pages }
search-refine = تضييق نطاق البحث
search-facet-kind = النوع
search-facet-theme = الموضوع
search-facet-region = المنطقة
search-facet-country = البلد
search-facet-lang = اللغة
search-facet-year = السنة
search-facet-sdg = غايات أهداف التنمية المستدامة
search-sdg-target = الغاية { $target } من أهداف التنمية المستدامة
search-kind-lesson = درس
search-kind-term = مصطلح من المسرد
search-kind-guide = دليل
search-kind-publication = منشور
search-kind-practice = ممارسة جيدة
