<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>LongWorkController</name>
        <message numerus="yes">
            <source>The search index was rebuilt (%n article(s)).</source>
            <translation>
                <numerusform>The search index was rebuilt (%n article).</numerusform>
                <numerusform>The search index was rebuilt (%n articles).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message numerus="yes">
            <source>%n hit(s) in this section</source>
            <translation>
                <numerusform>%n hit in this section</numerusform>
                <numerusform>%n hits in this section</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadingProgress</name>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%n result(s) in this article</source>
            <translation>
                <numerusform>%n result in this article</numerusform>
                <numerusform>%n results in this article</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s) in the open article</source>
            <translation>
                <numerusform>%n hit in the open article</numerusform>
                <numerusform>%n hits in the open article</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Wording</name>
        <message numerus="yes">
            <source>Remove %n article(s) from the library? Their highlights go with them.</source>
            <translation>
                <numerusform>Remove %n article from the library? Its highlights go with it.</numerusform>
                <numerusform>Remove %n articles from the library? Their highlights go with them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>%n article imported</numerusform>
                <numerusform>%n articles imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n already in the library</numerusform>
                <numerusform>%n already in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n file refused</numerusform>
                <numerusform>%n files refused</numerusform>
            </translation>
        </message>
    </context>
</TS>
