<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>Add &amp;Bookmark</source>
            <translation>إضافة إشارة مرجعية</translation>
        </message>
        <message>
            <source>Go to &amp;Paragraph…</source>
            <translation>الانتقال إلى فقرة…</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>استيراد ملفات…</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>استيراد مجلد…</translation>
        </message>
        <message>
            <source>Import &amp;Web Page…</source>
            <translation>استيراد صفحة ويب…</translation>
        </message>
        <message>
            <source>&amp;Remove Article…</source>
            <translation>حذف مقالة…</translation>
        </message>
        <message>
            <source>Re&amp;build Search Index</source>
            <translation>إعادة بناء فهرس البحث</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>&amp;Larger Text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>الحجم العادي</translation>
        </message>
        <message>
            <source>Show &amp;Diacritics</source>
            <translation>إظهار التشكيل</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>بحث…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>الموضع التالي</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>الموضع السابق</translation>
        </message>
        <message>
            <source>&amp;Clear Search Marks</source>
            <translation>محو علامات البحث</translation>
        </message>
        <message>
            <source>Search Only This &amp;Article</source>
            <translation>البحث في هذه المقالة فقط</translation>
        </message>
        <message>
            <source>Go to &amp;Library</source>
            <translation>الانتقال إلى المكتبة</translation>
        </message>
        <message>
            <source>Go to &amp;Sections</source>
            <translation>الانتقال إلى الأقسام</translation>
        </message>
        <message>
            <source>Go to &amp;Text</source>
            <translation>الانتقال إلى النص</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About Qari</source>
            <translation>عن قارئ</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>المظهر</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Article &amp;Properties…</source>
            <translation>خصائص المقالة…</translation>
        </message>
        <message>
            <source>Search S&amp;yntax</source>
            <translation>صيغة البحث</translation>
        </message>
    </context>
    <context>
        <name>ArticlePropertiesDialog</name>
        <message>
            <source>Article Properties</source>
            <translation>خصائص المقالة</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Author:</source>
            <translation>الكاتب:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>التاريخ:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>عنوان الويب</translation>
        </message>
        <message>
            <source>Web address:</source>
            <translation>عنوان الويب:</translation>
        </message>
        <message>
            <source>Source file:</source>
            <translation>الملف المصدر:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>The writer's name</source>
            <translation>اسم الكاتب</translation>
        </message>
        <message>
            <source>Why the properties were not saved</source>
            <translation>سبب عدم حفظ الخصائص</translation>
        </message>
        <message>
            <source>A field is too long; shorten it.</source>
            <translation>أحد الحقول طويل جدًّا؛ اختصره.</translation>
        </message>
        <message>
            <source>Write the language as a tag such as ar or en-GB.</source>
            <translation>اكتب اللغة برمز مثل ⁦ar⁩ أو ⁦en-GB⁩.</translation>
        </message>
        <message>
            <source>Write the web address in full, beginning with https:// or http://.</source>
            <translation>اكتب عنوان الويب كاملًا، مبتدئًا بـ ⁦https://⁩ أو ⁦http://⁩.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Highlights</source>
            <translation>تصدير التظليلات</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>هذه المقالة</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <source>Articles selected in the library</source>
            <translation>المقالات المحددة في المكتبة</translation>
        </message>
        <message>
            <source>Articles:</source>
            <translation>المقالات:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>الصيغة:</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>الألوان:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>الملف:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Choose a file and at least one colour.</source>
            <translation>اختر ملفًا ولونًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <source>JSON (W3C Web Annotation)</source>
            <translation>JSON (تعليقات الويب W3C)</translation>
        </message>
        <message>
            <source>The highlights were exported to {path}.</source>
            <translation>صُدّرت التظليلات إلى {path}.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الأمر</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>About Qari</source>
            <translation>عن قارئ</translation>
        </message>
        <message>
            <source>Qari {version}: a calm reader for Arabic articles.</source>
            <translation>قارئ {version}: مكان هادئ لقراءة المقالات العربية.</translation>
        </message>
        <message>
            <source>Search Syntax</source>
            <translation>صيغة البحث</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>اكتب</translation>
        </message>
        <message>
            <source>Finds</source>
            <translation>يجد</translation>
        </message>
        <message>
            <source>paragraphs with both words, in any of their forms</source>
            <translation>الفقرات التي فيها الكلمتان، بأي صيغة من صيغهما</translation>
        </message>
        <message>
            <source>the words in a row (also «…» and “…”)</source>
            <translation>الكلمات متتالية (وكذلك «…» و“…”)</translation>
        </message>
        <message>
            <source>words beginning so (at least 2 letters)</source>
            <translation>الكلمات التي تبدأ بهذا (حرفان على الأقل)</translation>
        </message>
        <message>
            <source>either word</source>
            <translation>إحدى الكلمتين</translation>
        </message>
        <message>
            <source>leaves out what has the word (also NOT سمرقند)</source>
            <translation>يستبعد ما فيه الكلمة (وكذلك NOT سمرقند)</translation>
        </message>
        <message>
            <source>only articles whose author has the name; alone, lists their titles</source>
            <translation>المقالات التي في اسم كاتبها هذا الاسم فقط؛ ووحده يسرد عناوينها</translation>
        </message>
        <message>
            <source>an author's words in a row</source>
            <translation>كلمات اسم الكاتب متتالية</translation>
        </message>
        <message>
            <source>only articles whose file or web address has this part (a site, folder or file)</source>
            <translation>المقالات التي في ملفها أو عنوانها على الويب هذا الجزء فقط (موقع أو مجلد أو ملف)</translation>
        </message>
        <message>
            <source>leaves out the articles by this author</source>
            <translation>يستبعد مقالات هذا الكاتب</translation>
        </message>
        <message>
            <source>only in the article whose id begins so</source>
            <translation>في المقالة التي يبدأ معرّفها بهذا فقط</translation>
        </message>
    </context>
    <context>
        <name>HighlightBar</name>
        <message>
            <source>Highlight colours</source>
            <translation>ألوان التظليل</translation>
        </message>
        <message>
            <source>Highlight in {colour} ({key})</source>
            <translation>تظليل باللون {colour} ({key})</translation>
        </message>
    </context>
    <context>
        <name>HighlightMenus</name>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Edit Note…</source>
            <translation>تحرير الملاحظة…</translation>
        </message>
        <message>
            <source>Copy Quote</source>
            <translation>نسخ الاقتباس</translation>
        </message>
        <message>
            <source>Delete Highlight</source>
            <translation>حذف التظليل</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Highlight</source>
            <translation>تظليل</translation>
        </message>
        <message>
            <source>Delete Highlight</source>
            <translation>حذف التظليل</translation>
        </message>
        <message>
            <source>Change Colour</source>
            <translation>تغيير اللون</translation>
        </message>
        <message>
            <source>Edit Note</source>
            <translation>تحرير الملاحظة</translation>
        </message>
        <message>
            <source>Attach Highlight</source>
            <translation>إلحاق التظليل</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>الأصفر</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>الأخضر</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>الأزرق</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>الوردي</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>البنفسجي</translation>
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation>تظليل التحديد</translation>
        </message>
        <message>
            <source>Highlight in {colour}</source>
            <translation>تظليل باللون {colour}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>&amp;Export Highlights…</source>
            <translation>تصدير التظليلات…</translation>
        </message>
        <message>
            <source>Import &amp;Annotations…</source>
            <translation>استيراد التعليقات…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير</translation>
        </message>
    </context>
    <context>
        <name>HighlightsController</name>
        <message>
            <source>Select some text to highlight it.</source>
            <translation>حدّد نصًا لتظليله.</translation>
        </message>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
        <message>
            <source>Select the text to attach the highlight to.</source>
            <translation>حدّد النص الذي يُلحق به التظليل.</translation>
        </message>
        <message>
            <source>paragraph {number}</source>
            <translation>الفقرة {number}</translation>
        </message>
    </context>
    <context>
        <name>HighlightsPanel</name>
        <message>
            <source>Annotations</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Show highlights of</source>
            <translation>إظهار تظليلات</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>هذه المقالة</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>كل الألوان</translation>
        </message>
        <message>
            <source>Filter by text or note…</source>
            <translation>تصفية بالنص أو الملاحظة…</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>تصفية</translation>
        </message>
        <message>
            <source>Select text in the article and pick a colour: your highlights and notes are listed here.</source>
            <translation>حدّد نصًّا في المقالة واختر لونًا: تظهر هنا تظليلاتك وملاحظاتك.</translation>
        </message>
        <message>
            <source>Orphaned (their text is gone)</source>
            <translation>يتيمة (زال نصها)</translation>
        </message>
        <message>
            <source>Attach to Selection</source>
            <translation>إلحاق بالتحديد</translation>
        </message>
        <message>
            <source>Put the orphaned highlight on the text selected now</source>
            <translation>ضع التظليل اليتيم على النص المحدد الآن</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Something went wrong; the details are in the log.</source>
            <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
        <message>
            <source>{title} — Qari</source>
            <translation>{title} — قارئ</translation>
        </message>
        <message>
            <source>Import Web Page</source>
            <translation>استيراد صفحة ويب</translation>
        </message>
        <message>
            <source>The web page&apos;s address:</source>
            <translation>عنوان صفحة الويب:</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Progress</source>
            <translation>التقدم</translation>
        </message>
        <message>
            <source>Last Read</source>
            <translation>آخر قراءة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>أضيفت</translation>
        </message>
        <message>
            <source>Paragraphs</source>
            <translation>الفقرات</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>The articles in the library; Enter opens, Delete removes.</source>
            <translation>مقالات المكتبة؛ يفتح Enter المقالة ويحذفها Delete.</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Drop files here, or choose File ▸ Import Files…, to add articles.</source>
            <translation>أفلِت الملفات هنا، أو اختر ملف ◂ استيراد ملفات…، لتضيف مقالات.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Properties…</source>
            <translation>الخصائص…</translation>
        </message>
    </context>
    <context>
        <name>LibraryTasks</name>
        <message>
            <source>Import Articles</source>
            <translation>استيراد مقالات</translation>
        </message>
        <message>
            <source>Articles ({patterns});;All files (*)</source>
            <translation>مقالات ({patterns});;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Import a Folder of Articles</source>
            <translation>استيراد مجلد مقالات</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
    </context>
    <context>
        <name>LongWorkController</name>
        <message>
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>جارٍ الحذف…</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>جارٍ إعادة بناء فهرس البحث…</translation>
        </message>
        <message>
            <source>Import Annotations</source>
            <translation>استيراد التعليقات</translation>
        </message>
        <message>
            <source>Annotations (*.json *.jsonld)</source>
            <translation>تعليقات (*.json *.jsonld)</translation>
        </message>
        <message>
            <source>Wait until the work in progress is done.</source>
            <translation>انتظر حتى ينتهي العمل الجاري.</translation>
        </message>
        <message>
            <source>Rebuilding cancelled; the index is as it was.</source>
            <translation>أُلغيت إعادة البناء؛ بقي الفهرس كما كان.</translation>
        </message>
        <message numerus="yes">
            <source>The search index was rebuilt (%n article(s)).</source>
            <translation>
                <numerusform>أُعيد بناء فهرس البحث (لا مقالات).</numerusform>
                <numerusform>أُعيد بناء فهرس البحث (مقالة واحدة).</numerusform>
                <numerusform>أُعيد بناء فهرس البحث (مقالتان).</numerusform>
                <numerusform>أُعيد بناء فهرس البحث (%Ln مقالات).</numerusform>
                <numerusform>أُعيد بناء فهرس البحث (%Ln مقالة).</numerusform>
                <numerusform>أُعيد بناء فهرس البحث (%Ln مقالة).</numerusform>
            </translation>
        </message>
        <message>
            <source>Annotations imported: {added} added, {updated} updated, {orphaned} orphaned.</source>
            <translation>استُوردت التعليقات: أُضيف {added}، وحُدّث {updated}، ويتيم {orphaned}.</translation>
        </message>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>التعليقات</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Open an article to see its sections here.</source>
            <translation>افتح مقالة لترى أقسامها هنا.</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) in this section</source>
            <translation>
                <numerusform>لا مواضع في هذا القسم</numerusform>
                <numerusform>موضع واحد في هذا القسم</numerusform>
                <numerusform>موضعان في هذا القسم</numerusform>
                <numerusform>%Ln مواضع في هذا القسم</numerusform>
                <numerusform>%Ln موضعًا في هذا القسم</numerusform>
                <numerusform>%Ln موضع في هذا القسم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Write a note…</source>
            <translation>اكتب ملاحظة…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesController</name>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>ستُستعمل اللغة الجديدة من التشغيل القادم.</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Progress</source>
            <translation>التقدم</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the work in progress</source>
            <translation>إلغاء العمل الجاري</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>ReadingView</name>
        <message>
            <source>Article text</source>
            <translation>نص المقالة</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Search for</source>
            <translation>ابحث عن</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>ابحث…</translation>
        </message>
        <message>
            <source>Current hit</source>
            <translation>النتيجة الحالية</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Search the whole library</source>
            <translation>البحث في المكتبة كلها</translation>
        </message>
        <message>
            <source>This article</source>
            <translation>هذه المقالة</translation>
        </message>
        <message>
            <source>Search the open article</source>
            <translation>البحث في المقالة المفتوحة</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>حالة البحث</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Type in the field above to search the library, or only this article.</source>
            <translation>اكتب في الحقل أعلاه لتبحث في المكتبة، أو في هذه المقالة وحدها.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in this article</source>
            <translation>
                <numerusform>لا نتائج في هذه المقالة</numerusform>
                <numerusform>نتيجة واحدة في هذه المقالة</numerusform>
                <numerusform>نتيجتان في هذه المقالة</numerusform>
                <numerusform>%Ln نتائج في هذه المقالة</numerusform>
                <numerusform>%Ln نتيجة في هذه المقالة</numerusform>
                <numerusform>%Ln نتيجة في هذه المقالة</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>لم يُعثر على شيء.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%Ln نتائج</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
                <numerusform>%Ln نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <source>Hit {current} of {total} in the open article</source>
            <translation>الموضع {current} من {total} في المقالة المفتوحة</translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) in the open article</source>
            <translation>
                <numerusform>لا مواضع في المقالة المفتوحة</numerusform>
                <numerusform>موضع واحد في المقالة المفتوحة</numerusform>
                <numerusform>موضعان في المقالة المفتوحة</numerusform>
                <numerusform>%Ln مواضع في المقالة المفتوحة</numerusform>
                <numerusform>%Ln موضعًا في المقالة المفتوحة</numerusform>
                <numerusform>%Ln موضع في المقالة المفتوحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>لا مقالات</numerusform>
                <numerusform>مقالة واحدة</numerusform>
                <numerusform>مقالتان</numerusform>
                <numerusform>%Ln مقالات</numerusform>
                <numerusform>%Ln مقالة</numerusform>
                <numerusform>%Ln مقالة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchRefusals</name>
        <message>
            <source>OR must stand between two words, as in: كتاب OR مكتبة.</source>
            <translation>يجب أن تقع OR بين كلمتين، مثل: كتاب OR مكتبة.</translation>
        </message>
        <message>
            <source>OR cannot join an excluded word; write the words to exclude apart.</source>
            <translation>لا تربط OR كلمةً مستبعدة؛ اكتب الكلمات المستبعدة منفصلة.</translation>
        </message>
        <message>
            <source>The query ends with {operator}; add the word it applies to.</source>
            <translation>ينتهي البحث بكلمة {operator}؛ أضف بعدها الكلمة التي تعنيها.</translation>
        </message>
        <message>
            <source>The query has only very common words, which are not indexed one by one; put them in quotes to find them as a phrase, as in: "في البيت".</source>
            <translation>كلمات البحث كلها شائعة جدًّا فلا تُفهرَس منفردة؛ ضعها بين علامتي تنصيص لتجدها عبارةً، مثل: «في البيت».</translation>
        </message>
        <message>
            <source>The query only excludes words; add a word to look for.</source>
            <translation>البحث يستبعد كلمات فقط؛ أضف كلمة تبحث عنها.</translation>
        </message>
        <message>
            <source>Type a word to search for.</source>
            <translation>اكتب كلمة تبحث عنها.</translation>
        </message>
        <message>
            <source>A quote opens a phrase that is never closed; add the closing quote.</source>
            <translation>فُتحت عبارة بعلامة تنصيص لم تُغلق؛ أضف علامة الإغلاق.</translation>
        </message>
        <message>
            <source>article: needs an article id after it, as in article:3fa2.</source>
            <translation>يلزم بعد article: معرّف مقالة، مثل article:3fa2.</translation>
        </message>
        <message>
            <source>A * can only end a word, as in كتا*; '{word}' has one inside.</source>
            <translation>لا تأتي * إلا في آخر الكلمة، مثل كتا*؛ وفي «{word}» واحدة في وسطها.</translation>
        </message>
        <message>
            <source>A prefix needs one word of at least {letters} letters before the *.</source>
            <translation>تحتاج البادئة قبل * إلى كلمة واحدة لا تقل حروفها عن {letters}.</translation>
        </message>
        <message>
            <source>A phrase in quotes has no words in it.</source>
            <translation>لا كلمات في العبارة التي بين علامتي التنصيص.</translation>
        </message>
        <message>
            <source>{word} needs a name after it, as in author:محمد or source:example.org.</source>
            <translation>يحتاج {word} إلى اسم بعده، مثل author:محمد أو source:example.org.</translation>
        </message>
        <message>
            <source>OR cannot join {word}…; write it apart, without OR.</source>
            <translation>لا تصل OR بين {word}… وغيره؛ اكتبه وحده بلا OR.</translation>
        </message>
        <message>
            <source>The query has more than {limit} words; search with fewer.</source>
            <translation>في البحث أكثر من {limit} كلمة؛ ابحث بكلمات أقل.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> words a minute</source>
            <translation> كلمة في الدقيقة</translation>
        </message>
        <message>
            <source>How fast you read: the status bar counts the time left with it.</source>
            <translation>سرعة قراءتك، وبها يحسب شريط الحالة الوقت المتبقي.</translation>
        </message>
        <message>
            <source>&amp;Reading speed:</source>
            <translation>سرعة القراءة:</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> نقطة</translation>
        </message>
        <message>
            <source> em</source>
            <translation> إم</translation>
        </message>
        <message>
            <source>The longest line of text; a wider window leaves margins.</source>
            <translation>أطول ما يكون عليه سطر النص؛ وما زاد من عرض النافذة يبقى هوامش.</translation>
        </message>
        <message>
            <source>Show diacritics (harakat)</source>
            <translation>إظهار التشكيل (الحركات)</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>كما في النظام</translation>
        </message>
        <message>
            <source>A new interface language is used from the next start.</source>
            <translation>تُستعمل لغة الواجهة الجديدة من التشغيل القادم.</translation>
        </message>
        <message>
            <source>&amp;Font:</source>
            <translation>الخط:</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>الحجم:</translation>
        </message>
        <message>
            <source>&amp;Line spacing:</source>
            <translation>تباعد الأسطر:</translation>
        </message>
        <message>
            <source>Line &amp;length at most:</source>
            <translation>أقصى طول للسطر:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>المظهر:</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>لغة الواجهة:</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>سيبيا</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
    </context>
    <context>
        <name>_Overlay</name>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>_Wording</name>
        <message>
            <source>Remove “{title}” from the library? Its highlights go with it.</source>
            <translation>أتحذف «{title}» من المكتبة؟ ستُحذف معها تظليلاتها.</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n article(s) from the library? Their highlights go with them.</source>
            <translation>
                <numerusform>أتحذف %Ln مقالة من المكتبة؟</numerusform>
                <numerusform>أتحذف مقالة واحدة من المكتبة؟ ستُحذف معها تظليلاتها.</numerusform>
                <numerusform>أتحذف مقالتين من المكتبة؟ ستُحذف معهما تظليلاتهما.</numerusform>
                <numerusform>أتحذف %Ln مقالات من المكتبة؟ ستُحذف معها تظليلاتها.</numerusform>
                <numerusform>أتحذف %Ln مقالة من المكتبة؟ ستُحذف معها تظليلاتها.</numerusform>
                <numerusform>أتحذف %Ln مقالة من المكتبة؟ ستُحذف معها تظليلاتها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>لم تُستورد أي مقالة</numerusform>
                <numerusform>استُوردت مقالة واحدة</numerusform>
                <numerusform>استُوردت مقالتان</numerusform>
                <numerusform>استُوردت %Ln مقالات</numerusform>
                <numerusform>استُوردت %Ln مقالة</numerusform>
                <numerusform>استُوردت %Ln مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>لا شيء منها في المكتبة من قبل</numerusform>
                <numerusform>واحدة في المكتبة من قبل</numerusform>
                <numerusform>اثنتان في المكتبة من قبل</numerusform>
                <numerusform>%Ln في المكتبة من قبل</numerusform>
                <numerusform>%Ln في المكتبة من قبل</numerusform>
                <numerusform>%Ln في المكتبة من قبل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>لم يُرفض أي ملف</numerusform>
                <numerusform>رُفض ملف واحد</numerusform>
                <numerusform>رُفض ملفان</numerusform>
                <numerusform>رُفضت %Ln ملفات</numerusform>
                <numerusform>رُفض %Ln ملفًا</numerusform>
                <numerusform>رُفض %Ln ملف</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>.</source>
            <translation>.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>{error}

Put the backup of {when} in its place? The damaged file is kept beside it.</source>
            <translation>{error}

هل تضع نسخة {when} الاحتياطية مكانها؟ يبقى الملف التالف محفوظًا بجانبها.</translation>
        </message>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
    </context>
    <context>
        <name>ReadingProgress</name>
        <message>
            <source>Reading progress</source>
            <translation>تقدم القراءة</translation>
        </message>
        <message>
            <source>read to the end</source>
            <translation>قُرئت حتى النهاية</translation>
        </message>
        <message>
            <source>under a minute left</source>
            <translation>أقل من دقيقة متبقية</translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>لا دقائق متبقية</numerusform>
                <numerusform>دقيقة واحدة متبقية</numerusform>
                <numerusform>دقيقتان متبقيتان</numerusform>
                <numerusform>%Ln دقائق متبقية</numerusform>
                <numerusform>%Ln دقيقة متبقية</numerusform>
                <numerusform>%Ln دقيقة متبقية</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} (aloud)</source>
            <translation>{time} (بالقراءة الجهرية)</translation>
        </message>
        <message>
            <source>How far through the article you are, and the time left at {speed} words a minute (your reading speed is in Settings)</source>
            <translation>كم قرأت من المقالة، والوقت المتبقي بسرعة {speed} كلمة في الدقيقة (سرعة قراءتك في الإعدادات)</translation>
        </message>
    </context>
    <context>
        <name>BookmarksPane</name>
        <message>
            <source>Bookmarks</source>
            <translation>الإشارات المرجعية</translation>
        </message>
        <message>
            <source>Enter goes to a bookmark, F2 renames it, Delete removes it.</source>
            <translation>مفتاح الإدخال ينقلك إلى الإشارة، وF2 يغيّر اسمها، وDelete يحذفها.</translation>
        </message>
        <message>
            <source>Delete Bookmark</source>
            <translation>حذف الإشارة</translation>
        </message>
        <message>
            <source>Its paragraph is no longer in the article: {quote}</source>
            <translation>لم تعد فقرتها في المقالة: {quote}</translation>
        </message>
        <message>
            <source>Paragraph {number}: {quote}</source>
            <translation>الفقرة {number}: {quote}</translation>
        </message>
        <message>
            <source>Go to Bookmark</source>
            <translation>الانتقال إلى الإشارة</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>تغيير الاسم…</translation>
        </message>
    </context>
    <context>
        <name>BookmarksController</name>
        <message>
            <source>Qari</source>
            <translation>قارئ</translation>
        </message>
        <message>
            <source>Bookmark added: {name}</source>
            <translation>أُضيفت إشارة مرجعية: {name}</translation>
        </message>
        <message>
            <source>Bookmark deleted: {name}</source>
            <translation>حُذفت الإشارة المرجعية: {name}</translation>
        </message>
    </context>
    <context>
        <name>GoToParagraphDialog</name>
        <message>
            <source>Go to Paragraph</source>
            <translation>الانتقال إلى فقرة</translation>
        </message>
        <message>
            <source>Paragraph number (1–{count}):</source>
            <translation>رقم الفقرة (من ١ إلى {count}):</translation>
        </message>
        <message>
            <source>Paragraph number</source>
            <translation>رقم الفقرة</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>The audio could not be played.</source>
            <translation>تعذّر تشغيل الصوت.</translation>
        </message>
        <message>
            <source>No folder for the audio could be made in {folder}.</source>
            <translation>تعذّر إنشاء مجلد للصوت في {folder}.</translation>
        </message>
        <message>
            <source>&amp;Read Aloud</source>
            <translation>القراءة بصوت مسموع</translation>
        </message>
        <message>
            <source>&amp;Pause Reading</source>
            <translation>إيقاف القراءة مؤقتًا</translation>
        </message>
        <message>
            <source>&amp;Resume Reading</source>
            <translation>استئناف القراءة</translation>
        </message>
        <message>
            <source>&amp;Stop Reading</source>
            <translation>إيقاف القراءة</translation>
        </message>
        <message>
            <source>P&amp;revious Sentence</source>
            <translation>الجملة السابقة</translation>
        </message>
        <message>
            <source>&amp;Next Sentence</source>
            <translation>الجملة التالية</translation>
        </message>
        <message>
            <source>Read &amp;Aloud</source>
            <translation>القراءة المسموعة</translation>
        </message>
        <message>
            <source>Read Aloud</source>
            <translation>القراءة المسموعة</translation>
        </message>
        <message>
            <source> words a minute</source>
            <translation> كلمة في الدقيقة</translation>
        </message>
        <message>
            <source>Speed of reading aloud, from the next sentence on</source>
            <translation>سرعة القراءة المسموعة، وتسري من الجملة التالية</translation>
        </message>
        <message>
            <source>Speed of reading aloud</source>
            <translation>سرعة القراءة المسموعة</translation>
        </message>
        <message>
            <source>Reading aloud is unavailable: {reason}</source>
            <translation>القراءة المسموعة غير متاحة: {reason}</translation>
        </message>
        <message>
            <source>Qt Multimedia is missing (install Qari with its speech extra: qari[speech]).</source>
            <translation>مكتبة Qt Multimedia غير مثبّتة (ثبّت قارئ مع إضافة الكلام: qari[speech]).</translation>
        </message>
    </context>
    <context>
        <name>SpeechSettingsGroup</name>
        <message>
            <source>Arabic voice</source>
            <translation>صوت عربي</translation>
        </message>
        <message>
            <source>Arabic voice {number}</source>
            <translation>صوت عربي {number}</translation>
        </message>
        <message>
            <source>Reading aloud</source>
            <translation>القراءة المسموعة</translation>
        </message>
        <message>
            <source>Automatic (the text's language)</source>
            <translation>تلقائي (بحسب لغة النص)</translation>
        </message>
        <message>
            <source> words a minute</source>
            <translation> كلمة في الدقيقة</translation>
        </message>
        <message>
            <source>Add the harakat to Arabic before reading it</source>
            <translation>تشكيل النص العربي قبل قراءته</translation>
        </message>
        <message>
            <source>Arabic written without harakat is vocalized first, so that its short vowels are said.</source>
            <translation>يُشكَّل النص العربي المكتوب بلا حركات أولًا، لتُنطق حركاته القصيرة.</translation>
        </message>
        <message>
            <source>&amp;Voice:</source>
            <translation>الصوت:</translation>
        </message>
        <message>
            <source>S&amp;peed:</source>
            <translation>السرعة:</translation>
        </message>
    </context>
</TS>
