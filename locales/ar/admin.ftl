# الإدارة: المستخدمون والأدوار.

admin-users-title = المستخدمون
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-users-caption = الحسابات، من الأقدم إلى الأحدث
admin-joined = تاريخ الانضمام
admin-role = الدور
admin-role-of = دور { $name }
admin-change-role = تغيير
notice-role-changed = تم تغيير الدور.
error-last-admin = هذا هو آخر مدير: يُرجى تعيين شخص آخر مديرًا أولًا.
error-unknown-role = هذا الدور غير موجود. يُرجى اختيار دور من القائمة.

role-learner = متعلّم
role-facilitator = ميسّر
role-editor = محرّر
role-admin = مدير
