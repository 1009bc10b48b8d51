<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cs::AddPartnerCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+38"/>
        <source>add partner %1</source>
        <translation>添加伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cs::Choice</name>
    <message>
        <location filename="../../core/domain/Partner.cpp" line="+7"/>
        <source>Internal sales team</source>
        <translation>内部销售团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales office</source>
        <translation>外设销售机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent representative</source>
        <translation>独立销售代表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>进阶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>入门型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>成长型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert stage</source>
        <translation>专家型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>cs::Cli</name>
    <message>
        <location filename="../../app/Cli.cpp" line="+43"/>
        <source>The workbook file.</source>
        <translation>工作簿文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder with the demo spreadsheets.</source>
        <translation>存放演示电子表格的文件夹。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/main.cpp" line="+42"/>
        <source>channelstation: %1</source>
        <translation>channelstation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try “channelstation --help”.</source>
        <translation>请运行“channelstation --help”查看帮助。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channelstation: the output could not be written: %1</source>
        <translation>channelstation: 无法写入输出：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format “%1”; use csv or json.</source>
        <translation>未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation>
            <numerusform>已创建演示工作簿 %1，包含 %n 个伙伴。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the partners of a workbook.</source>
        <translation>列出工作簿中的伙伴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an empty workbook.</source>
        <translation>新建空白工作簿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the demo workbook from the spreadsheets in a folder.</source>
        <translation>用文件夹中的电子表格创建演示工作簿。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channel Station %1 — the channel partner workstation.

Usage:
  channelstation [--lang zh_CN|en] [WORKBOOK]   open the window
  channelstation COMMAND [OPTIONS]             run a job without the window

Commands:
</source>
        <translation>渠道工作站 %1 —— 渠道伙伴管理工作站。

用法：
  channelstation [--lang zh_CN|en] [WORKBOOK]   打开主窗口
  channelstation COMMAND [OPTIONS]             不打开窗口，直接运行任务

命令：
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
“channelstation COMMAND --help” shows a command&apos;s options.

Exit codes: 0 success, 1 input rejected (nothing written), 2 usage error, 3 the file cannot be opened as a workbook.
</source>
        <translation>
运行“channelstation COMMAND --help”可查看该命令的选项。

退出码：0 成功；1 输入被拒绝（未写入任何内容）；2 用法错误；3 文件无法作为工作簿打开。
</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../app/main.cpp" line="-3"/>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/main.cpp" line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job to run.</source>
        <translation>要运行的任务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected argument “%1”.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="+8"/>
        <source>channelstation: unknown language “%1”; use zh_CN or en.</source>
        <translation>channelstation: 未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>channelstation: there is no display to open the window on (DISPLAY is not set).
Run it from a desktop session, or under a virtual display:
    xvfb-run -a channelstation [WORKBOOK]
Commands such as “channelstation partners --db FILE” need no display; see “channelstation --help”.</source>
        <translation>channelstation: 没有可用于打开窗口的显示器（未设置 DISPLAY）。
请在桌面会话中运行，或在虚拟显示器下运行：
    xvfb-run -a channelstation [WORKBOOK]
“channelstation partners --db FILE”等命令无需显示器；详见“channelstation --help”。</translation>
    </message>
</context>
<context>
    <name>cs::CsvReader</name>
    <message>
        <location filename="../../core/import/CsvReader.cpp" line="+151"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a text file: it looks like an Excel workbook (.xlsx). Import it as a workbook, or save it as CSV first.</source>
        <translation>“%1”不是文本文件，看起来是 Excel 工作簿（.xlsx）。请按 Excel 工作簿导入，或先另存为 CSV。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is an old Excel .xls file. Save it as .xlsx or CSV in Excel or WPS, then import that.</source>
        <translation>“%1”是旧版 Excel .xls 文件。请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV，再导入另存的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>“%1”不是文本文件（包含二进制数据）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system cannot decode %1 text.</source>
        <translation>当前系统无法解码 %1 编码的文本。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1 第 %2 行 %3 列：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row has more than %1 columns.</source>
        <translation>该行超过 %1 列。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+24"/>
        <source>the cell holds more than %1 characters.</source>
        <translation>单元格内容超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the text is not valid %1. Choose the file&apos;s encoding (for example GB18030) and try again.</source>
        <translation>文本不是有效的 %1 编码。请选择文件的编码（例如 GB18030）后重试。</translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+68"/>
        <source>delete partner %1</source>
        <translation>删除伙伴 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>delete %n partner(s)</source>
        <translation>
            <numerusform>删除 %n 个伙伴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DemoWorkbook</name>
    <message>
        <location filename="../../core/demo/DemoWorkbook.cpp" line="+46"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no header row with a partner code and a name.</source>
        <translation>%1 中没有包含伙伴编号和伙伴名称的表头行。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, row %2, column “%3”</source>
        <translation>%1 第 %2 行“%3”列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a partner needs a code and a name.</source>
        <translation>%1：伙伴必须有伙伴编号和伙伴名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: code “%2” appears twice.</source>
        <translation>%1：伙伴编号“%2”重复出现。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partner %1 names “%2” as parent, which is not in the sheet.</source>
        <translation>伙伴 %1 的上级伙伴为“%2”，但表中没有该伙伴。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::EditPartnerCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="-39"/>
        <source>edit partner %1</source>
        <translation>编辑伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cs::ImportKind</name>
    <message>
        <location filename="../../core/import/ImportKind.cpp" line="+19"/>
        <source>Partner code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent partner code</source>
        <translation>上级伙伴编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer visits in 30 days</source>
        <translation>30 天内客户拜访次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product understanding</source>
        <translation>产品理解力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales execution</source>
        <translation>销售执行力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer service</source>
        <translation>客户服务力</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>cs::ImportKinds</name>
    <message>
        <location line="+38"/>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly results</source>
        <translation>季度业绩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capability assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales ledger</source>
        <translation>销售台账</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+94"/>
        <source>&amp;New Workbook…</source>
        <translation>新建工作簿(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Workbook</source>
        <translation>关闭工作簿(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find Partner</source>
        <translation>查找伙伴(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add Partner</source>
        <translation>添加伙伴(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Partner…</source>
        <translation>删除伙伴(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Channel Station</source>
        <translation>关于渠道工作站(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Channel Station workbooks (*.%1);;All files (*)</source>
        <translation>渠道工作站工作簿 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Open Workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgraded the workbook to this version; the original is kept as %1</source>
        <translation>已将工作簿升级到当前版本；原文件保留为 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The change was not made</source>
        <translation>未能完成更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner registry</source>
        <translation>伙伴名册</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Save Workbook As</source>
        <translation>工作簿另存为</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 copy</source>
        <translation>%1 - 副本</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>合作中 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln on the watch list</source>
        <translation>
            <numerusform>重点关注 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+6"/>
        <source>Channel Station</source>
        <translation>渠道工作站</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Channel Station</source>
        <translation>关于渠道工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Channel Station %1&lt;/h3&gt;&lt;p&gt;The channel manager&apos;s workstation: partner registry, capability, scorecards and incentives, offline in one workbook file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;渠道工作站 %1&lt;/h3&gt;&lt;p&gt;渠道经理的工作站：伙伴名册、能力、记分卡与激励，离线保存在一个工作簿文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::Money</name>
    <message>
        <location filename="../../core/money/Money.cpp" line="+140"/>
        <source>“%1” is not an amount: %2</source>
        <translation>“%1”不是有效的金额：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected character “%1”</source>
        <translation>包含无效字符“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>more than one sign</source>
        <translation>正负号不止一个</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>more than one decimal point</source>
        <translation>小数点不止一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+31"/>
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>scientific notation is not accepted, format the cell as a number</source>
        <translation>不支持科学计数法，请将单元格格式设置为数值</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>unbalanced parenthesis</source>
        <translation>括号不配对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is too large for an amount</source>
        <translation>“%1”超出了金额的允许范围</translation>
    </message>
</context>
<context>
    <name>cs::Partner</name>
    <message>
        <location filename="../../core/domain/Partner.cpp" line="+29"/>
        <source>Code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent partner</source>
        <translation>上级伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cs::PartnerEditor</name>
    <message>
        <location filename="../../ui/partners/PartnerEditor.cpp" line="+62"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. HD-0001</source>
        <translation>例如 HD-0001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: reports to the manufacturer</source>
        <translation>无（直属厂商）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>New partner</source>
        <translation>新建伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add partner</source>
        <translation>添加伙伴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 · last changed %2</source>
        <translation>创建于 %1 · 最后修改于 %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No partner selected</source>
        <translation>未选择伙伴</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose the parent from the list, or leave it empty.</source>
        <translation>请从列表中选择上级伙伴，或留空。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message>
        <location filename="../../core/storage/PartnerRepository.cpp" line="+155"/>
        <source>Partner “%1” is no longer in the workbook.</source>
        <translation>伙伴“%1”已不在工作簿中。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>“%1” is the parent partner of %n partner(s). Give them another parent first.</source>
        <translation>
            <numerusform>“%1”是 %n 个伙伴的上级伙伴。请先为这些伙伴指定其他上级伙伴。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::PartnerValidator</name>
    <message>
        <location filename="../../core/domain/PartnerValidator.cpp" line="+12"/>
        <source>A partner code is required.</source>
        <translation>请填写伙伴编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partner code cannot contain line breaks or tabs.</source>
        <translation>伙伴编号不能包含换行符或制表符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code “%1” is already used by %2.</source>
        <translation>伙伴编号“%1”已被 %2 使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A partner name is required.</source>
        <translation>请填写伙伴名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A partner cannot be its own parent.</source>
        <translation>伙伴不能是自己的上级伙伴。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reports to this partner, so it cannot also be its parent.</source>
        <translation>%1 隶属于该伙伴，不能同时作为其上级伙伴。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The parent partner is no longer in the workbook.</source>
        <translation>上级伙伴已不在工作簿中。</translation>
    </message>
</context>
<context>
    <name>cs::PartnersView</name>
    <message>
        <location filename="../../ui/partners/PartnersView.cpp" line="+102"/>
        <source>Search code, name, region or mentor (Ctrl+F)</source>
        <translation>搜索伙伴编号、名称、区域或导师（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+177"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message numerus="yes">
        <location line="-147"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln partner(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Delete</source>
        <comment>dialog title</comment>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this.</source>
        <translation>删除后可通过撤销恢复。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Unsaved partner details</source>
        <translation>伙伴信息未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner form has changes that are not saved yet. Save them?</source>
        <translation>伙伴信息有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Delete partner %1 %2?</source>
        <translation>确定要删除伙伴 %1 %2 吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n selected partner(s)?</source>
        <translation>
            <numerusform>确定要删除选中的 %n 个伙伴吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Quarter</name>
    <message>
        <location filename="../../core/domain/Quarter.cpp" line="+137"/>
        <source>The quarter is empty.</source>
        <translation>季度为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a quarter: write it as 2026Q1 or 2026年第1季度.</source>
        <translation>“%1”不是有效的季度：请写作 2026Q1 或 2026年第1季度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a quarter: quarters run from 1 to 4.</source>
        <translation>“%1”不是有效的季度：季度只能是 1 到 4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a quarter: the year must be between %2 and %3.</source>
        <translation>“%1”不是有效的季度：年份必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 Q%2</source>
        <extracomment>A quarter for display: %1 is the year, %2 the quarter 1–4. Chinese: %1年第%2季度</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>cs::Storage</name>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="+87"/>
        <source>Upgrading to version %1 left broken references.</source>
        <translation>升级到版本 %1 后存在失效的引用。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="+15"/>
        <source>The workbook could not be updated: %1</source>
        <translation>无法更新工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqliteBackup.cpp" line="+34"/>
        <location line="+21"/>
        <source>the database driver gives no SQLite handle</source>
        <translation>数据库驱动未提供 SQLite 句柄</translation>
    </message>
</context>
<context>
    <name>cs::ValueParsers</name>
    <message>
        <location filename="../../core/import/ValueParsers.cpp" line="+260"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The cell is empty: it should hold %1.</source>
        <translation>单元格为空：应填写%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an error value, not %2.</source>
        <translation>“%1”是错误值，不是%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a yes/no value, not %2.</source>
        <translation>“%1”是逻辑值（是/否），不是%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a date, not %2.</source>
        <translation>“%1”是日期，不是%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a formula, not %2: formulas are never calculated on import.</source>
        <translation>“%1”是公式，不是%2：导入时不会计算公式。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not an amount: it is not a number.</source>
        <translation>“%1”不是有效的金额：不是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is too large for an amount.</source>
        <translation>“%1”超出了金额的允许范围。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a percentage: write it as 92%, 0.92 or 92.</source>
        <translation>“%1”不是有效的百分比：请写作 92%、0.92 或 92。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a percentage: it is negative.</source>
        <translation>“%1”不是有效的百分比：不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a percentage: it is more than 1000 %.</source>
        <translation>“%1”不是有效的百分比：超过了 1000%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has more decimal places than a percentage can keep.</source>
        <translation>“%1”的小数位数超出了百分比可保留的精度。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Read “%1” as %2 %.</source>
        <translation>已将“%1”识别为 %2%。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the date %1 as the quarter %2.</source>
        <translation>已将日期 %1 识别为季度 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a date: it is not a number.</source>
        <translation>“%1”不是有效的日期：不是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date: Excel day numbers cannot be negative.</source>
        <translation>“%1”不是有效的日期：Excel 日期序号不能为负数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>“%1” is not a date: it is after the year 9999.</source>
        <translation>“%1”不是有效的日期：晚于 9999 年。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>“%1” is not a date: Excel’s day 0 is not a real day.</source>
        <translation>“%1”不是有效的日期：Excel 的第 0 天并不是真实存在的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date: it is 29 February 1900, a day Excel counts but that never existed.</source>
        <translation>“%1”不是有效的日期：它对应 1900年2月29日，Excel 会计入这一天，但实际上并不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a date: a day number in a text cell is not read as a date; format the column as dates or write 2024-03-05.</source>
        <translation>“%1”不是有效的日期：文本单元格中的日期序号不会被识别为日期；请将该列设置为日期格式，或写作 2024-03-05。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>“%1”不是有效的日期：请写作 2024-03-05、2024/3/5 或 2024年3月5日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date: put the year first (2024-03-05), since the order of day and month is ambiguous.</source>
        <translation>“%1”不是有效的日期：日和月的先后顺序无法确定，请将年份写在最前面（2024-03-05）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date: the year must be between %2 and %3.</source>
        <translation>“%1”不是有效的日期：年份必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1”不是有效的日期：不存在 %2 月。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date: there is no day 0.</source>
        <translation>“%1”不是有效的日期：不存在 0 日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date: no month has %2 days.</source>
        <translation>“%1”不是有效的日期：任何月份都没有 %2 日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>29th</source>
        <translation>29日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30th</source>
        <translation>30日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31st</source>
        <translation>31日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date: %2 has no %3 day in %4.</source>
        <translation>“%1”不是有效的日期：%4年%2没有%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a whole number: misplaced thousands separator.</source>
        <translation>“%1”不是有效的整数：千位分隔符位置不正确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is too large for a whole number.</source>
        <translation>“%1”超出了整数的允许范围。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a score: write a number from 0 to 10, such as 8.7.</source>
        <translation>“%1”不是有效的评分：请填写 0 到 10 之间的数字，例如 8.7。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a score: scores run from 0 to 10.</source>
        <translation>“%1”不是有效的评分：评分范围为 0 到 10。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a score: scores have at most one decimal, such as 8.7.</source>
        <translation>“%1”不是有效的评分：评分最多保留一位小数，例如 8.7。</translation>
    </message>
    <message>
        <location filename="../../core/import/ValueParsers.h" line="+123"/>
        <source>one of the listed values</source>
        <translation>规定的取值之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of: %2.</source>
        <translation>“%1”不是以下取值之一：%2。</translation>
    </message>
</context>
<context>
    <name>cs::WelcomeView</name>
    <message>
        <location filename="../../ui/WelcomeView.cpp" line="+19"/>
        <source>Channel Station</source>
        <translation>渠道工作站</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partners, capability, scorecards and incentives — in one workbook file.</source>
        <translation>伙伴、能力、记分卡与激励——尽在一个工作簿文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New workbook…</source>
        <translation>新建工作簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workbook…</source>
        <translation>打开工作簿…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recent workbooks:</source>
        <translation>最近使用的工作簿：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message>
        <location filename="../../core/storage/Workbook.cpp" line="+48"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder, not a workbook.</source>
        <translation>“%1”是文件夹，不是工作簿。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is empty: it is not a Channel Station workbook.</source>
        <translation>“%1”是空文件，不是渠道工作站工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a Channel Station workbook (a workbook is a .cwb file). Spreadsheets and CSV files cannot be opened as workbooks.</source>
        <translation>“%1”不是渠道工作站的工作簿（工作簿是 .cwb 文件）。电子表格和 CSV 文件不能作为工作簿打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+13"/>
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation>
            <numerusform>“%1”已损坏：文件不完整（仅 %Ln 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is damaged: the file is cut short (%2 of %3 bytes). Open a backup copy instead.</source>
        <translation>“%1”已损坏：文件不完整（应为 %3 字节，实际仅 %2 字节）。请改为打开备份副本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a database of another program, not a Channel Station workbook.</source>
        <translation>“%1”是其他程序的数据库，不是渠道工作站工作簿。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was saved by a newer Channel Station (workbook version %2; this one reads up to %3). Update Channel Station to open it; the file was not changed.</source>
        <translation>“%1”由更高版本的渠道工作站保存（工作簿版本 %2；当前程序最高只能读取版本 %3）。请升级渠道工作站后再打开；文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is damaged (%2). Open a backup copy instead.</source>
        <translation>“%1”已损坏（%2）。请改为打开备份副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is damaged and cannot be read: %2</source>
        <translation>“%1”已损坏，无法读取：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” needs upgrading, but its backup copy could not be written (%2). The file was not changed.</source>
        <translation>“%1”需要升级，但无法写入其备份副本（%2）。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” could not be upgraded: %2
The original is kept in “%3”.</source>
        <translation>“%1”升级失败：%2
原文件已保留为“%3”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请使用其他名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>“%1” could not be created: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is this workbook itself; choose another name for the copy.</source>
        <translation>“%1”就是当前工作簿本身，请为副本另选一个文件名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::XlsxReader</name>
    <message>
        <location filename="../../core/import/XlsxReader.cpp" line="+176"/>
        <source>“%1” is a zip archive but not an Excel workbook: it has no %2.</source>
        <translation>“%1”是 zip 压缩包，但不是 Excel 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workbook “%1” has no sheets.</source>
        <translation>Excel 工作簿“%1”中没有任何工作表。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workbook “%1” has no sheet “%2”; its sheets are %3.</source>
        <translation>Excel 工作簿“%1”中没有工作表“%2”；现有工作表：%3。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is empty, not an Excel workbook.</source>
        <translation>“%1”是空文件，不是 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be read; save it in Excel as an .xlsx workbook without a password.</source>
        <translation>“%1”是 Excel 97–2003 工作簿（.xls）或受密码保护的工作簿，无法读取；请在 Excel 中将其另存为不设密码的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sheet “%1” of “%2”: the workbook does not say where the sheet’s cells are.</source>
        <translation>“%2”的工作表“%1”：工作簿中没有注明该工作表的单元格数据所在位置。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” is not a row number.</source>
        <translation>“%1”不是有效的行号。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” is not a cell reference.</source>
        <translation>“%1”不是有效的单元格引用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a cell lies beyond column XFD, the last column a sheet can have.</source>
        <translation>有单元格超出了 XFD 列（工作表的最后一列）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the cell refers to shared string %1, which the workbook does not have.</source>
        <translation>单元格引用了共享字符串 %1，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the cell holds more than 32,767 characters.</source>
        <translation>单元格内容超过 32,767 个字符。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sheet “%1” of “%2”, row %3, column %4: %5</source>
        <translation>“%2”的工作表“%1”第 %3 行 %4 列：%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet “%1” of “%2”, row %3: %4</source>
        <translation>“%2”的工作表“%1”第 %3 行：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet “%1” of “%2”: %3</source>
        <translation>“%2”的工作表“%1”：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook refers to %1, which the file does not contain.</source>
        <translation>工作簿引用了 %1，但文件中没有该部件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 would unpack to more than 1 GiB, which is refused as unsafe.</source>
        <translation>%1 解压后将超过 1 GiB，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unpacks to more than 1 GiB, which is refused as unsafe.</source>
        <translation>%1 解压后超过了 1 GiB，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unpacks to more than %2 times its packed size, which is refused as a likely zip bomb.</source>
        <translation>%1 解压后超过压缩大小的 %2 倍，疑似 zip 炸弹，已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 nests XML elements more than %2 levels deep, which is refused as unsafe.</source>
        <translation>%1 中 XML 元素的嵌套超过 %2 层，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a document type declaration (DTD), which workbooks never use and which is refused as unsafe.</source>
        <translation>%1 包含文档类型声明（DTD），而工作簿从不使用 DTD，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not well-formed XML (line %2: %3).</source>
        <translation>%1 不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be unpacked; the file is damaged or encrypted.</source>
        <translation>无法解压 %1；文件已损坏或已加密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
</TS>
