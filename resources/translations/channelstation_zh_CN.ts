<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cs::AddAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="+34"/>
        <source>add the assessment of %1</source>
        <translation>添加 %1 的评估</translation>
    </message>
</context>
<context>
    <name>cs::AddPartnerCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+22"/>
        <source>add partner %1</source>
        <translation>添加伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentDialog</name>
    <message>
        <location filename="../../ui/capability/AssessmentDialog.cpp" line="+43"/>
        <source>e.g. 5</source>
        <translation>例如 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0–100, e.g. 86.5</source>
        <translation>0–100，例如 86.5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12</source>
        <translation>例如 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 25%</source>
        <translation>例如 25%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours, e.g. 6.5</source>
        <translation>小时，例如 6.5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 92%</source>
        <translation>例如 92%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor:</source>
        <translation>评估人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a score from 0 to 10, or leave it empty and enter the measured sub-indicators: the score is then derived from them. An entered score always wins.</source>
        <translation>填写 0–10 的评分；或留空并填写实测的子指标，由子指标换算出评分。直接填写的评分始终优先。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was observed, what was agreed</source>
        <translation>观察到的情况、约定的事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>derived from the sub-indicators</source>
        <translation>由子指标换算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Uses the entered score %1.</source>
        <translation>采用填写的评分 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uses %1, derived: %2.</source>
        <translation>采用换算评分 %1：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a score or a sub-indicator.</source>
        <translation>需要评分或至少一个子指标。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentEditing</name>
    <message>
        <location filename="../../ui/capability/AssessmentEditing.cpp" line="+74"/>
        <source>Delete Assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the assessment of %1 on %2? You can undo this.</source>
        <translation>删除 %1 在 %2 的评估？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear Watch-List Entry</source>
        <translation>移出重点关注名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Why can this entry be cleared? The note is kept in the partner&apos;s watch-list history, and the entry comes back when new figures still show it.</source>
        <translation>%1

为什么可以移出这一条？说明会保存在该伙伴的重点关注记录中；新的数据仍然符合条件时，这一条会重新出现。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentRepository</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="+93"/>
        <source>This partner already has an assessment on %1; edit that one instead.</source>
        <translation>该伙伴在 %1 已有评估，请编辑那一条。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The assessment of %1 is no longer in the workbook.</source>
        <translation>%1 的评估已不在工作簿中。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentSink</name>
    <message>
        <location filename="../../core/import/AssessmentSink.cpp" line="+40"/>
        <source>An exam score runs from 0 to 100.</source>
        <translation>考试成绩应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new assessment needs a value in one of: %1.</source>
        <translation>新的评估需要在以下任一项中填写数值：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 already has an assessment of this partner on %2.</source>
        <translation>第 %1 行已有该伙伴在 %2 的评估。</translation>
    </message>
</context>
<context>
    <name>cs::Assessments</name>
    <message>
        <location filename="../../core/capability/Assessment.cpp" line="+11"/>
        <source>The assessment needs a date.</source>
        <translation>评估需要日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score for %1 must be from 0.0 to 10.0.</source>
        <translation>%1 的评分应在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a score or at least one of its sub-indicators.</source>
        <translation>%1 需要评分或至少一个子指标。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be from 0 to %2.</source>
        <translation>%1 应在 0 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
</context>
<context>
    <name>cs::AuditPanel</name>
    <message>
        <location filename="../../ui/incentives/AuditPanel.cpp" line="+24"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search action, partner, quarter, detail…</source>
        <translation>搜索操作、伙伴、季度、详情…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closings, policy versions, penalties and MDF decisions, as recorded. Nothing here can be edited.</source>
        <translation>按记录显示季度关闭、政策版本、处罚和市场发展基金 (MDF) 决定。此处内容均不可编辑。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Policy saved</source>
        <translation>政策已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New policy version</source>
        <translation>新政策版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter closed</source>
        <translation>季度已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty recorded</source>
        <translation>已记录处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty removed</source>
        <translation>已删除处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDF requested</source>
        <translation>MDF 已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDF approved</source>
        <translation>MDF 已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDF rejected</source>
        <translation>MDF 已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDF claimed</source>
        <translation>MDF 已申请报销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDF paid</source>
        <translation>MDF 已支付</translation>
    </message>
</context>
<context>
    <name>cs::Band</name>
    <message>
        <location filename="../../core/incentive/Band.cpp" line="+39"/>
        <source>Band %1: the rate %2 is outside 0–100 %.</source>
        <translation>第 %1 档：返点率 %2 超出 0–100 % 范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Band %1: the upper bound %2 is not above the lower bound %3.</source>
        <translation>第 %1 档：上限 %2 未高于下限 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band %1 has no upper bound, so it must be the last band.</source>
        <translation>第 %1 档没有上限，因此必须是最后一档。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bands %1 and %2 overlap: band %1 runs to %3 but band %2 starts at %4.</source>
        <translation>第 %1 档与第 %2 档重叠：第 %1 档至 %3 为止，而第 %2 档从 %4 开始。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Between bands %1 and %2 there is a gap from %3 to %4 that pays nothing.</source>
        <translation>第 %1 档与第 %2 档之间有从 %3 到 %4 的空档，该区间不计返点。</translation>
    </message>
</context>
<context>
    <name>cs::BandsEditor</name>
    <message>
        <location filename="../../ui/incentives/BandsEditor.cpp" line="+32"/>
        <source>Remove band</source>
        <translation>删除档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %</source>
        <translation>下限 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To %</source>
        <translation>上限 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate %</source>
        <translation>返点率 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower bound included, upper bound excluded: a band from 90 % to 100 % holds exactly 90 % but not 100 %.</source>
        <translation>含下限、不含上限：90 %–100 % 档包含恰好 90 %，但不包含 100 %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add band</source>
        <translation>添加档</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From is included, To is not; an empty To means &quot;and above&quot;.</source>
        <translation>含下限，不含上限；上限留空表示“及以上”。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>from</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate</source>
        <translation>返点率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Band %1: the %2 is empty.</source>
        <translation>第 %1 档：%2为空。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Band %1, %2: %3</source>
        <translation>第 %1 档，%2：%3</translation>
    </message>
</context>
<context>
    <name>cs::BatchPdfDialog</name>
    <message>
        <location filename="../../ui/scorecard/BatchPdfDialog.cpp" line="+23"/>
        <location line="+77"/>
        <source>Batch PDF</source>
        <translation>批量 PDF</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;All partners (%1)</source>
        <translation>全部伙伴（%1）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current &amp;filter (%1)</source>
        <translation>当前筛选结果（%1）(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;One PDF, a page per partner</source>
        <translation>单个 PDF，每个伙伴一页(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF &amp;per partner in a folder, named by code</source>
        <translation>每个伙伴一个 PDF，存入文件夹，按编号命名(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Partners:</source>
        <translation>伙伴：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write PDF</source>
        <translation>生成 PDF(&amp;W)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the Scorecards</source>
        <translation>计分卡保存文件夹</translation>
    </message>
</context>
<context>
    <name>cs::BrandingDialog</name>
    <message>
        <location filename="../../ui/scorecard/BrandingDialog.cpp" line="+30"/>
        <source>Report Branding</source>
        <translation>报表抬头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown at the top of every printed scorecard and PDF of this workbook.</source>
        <translation>显示在本工作簿每份打印计分卡和 PDF 的顶部。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a Logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The header shows the company name only.</source>
        <translation>抬头仅显示公司名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be read as an image.</source>
        <translation>无法将此文件作为图像读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The logo %1 cannot be read as an image.</source>
        <translation>无法将徽标 %1 作为图像读取。</translation>
    </message>
</context>
<context>
    <name>cs::BudgetGauge</name>
    <message>
        <location filename="../../ui/incentives/BudgetGauge.cpp" line="+34"/>
        <source>%1 of %2%3</source>
        <comment>spent of budget (share)</comment>
        <translation>已用 %1 / 预算 %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROI %1</source>
        <translation>投入产出比 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentives settled for %1 against the quarter&apos;s budget of %2.
The bar turns amber at 90 % of the budget and red above it.
ROI: the channel&apos;s sales growth over the same quarter last year (%3 → %4) per yuan of incentives.</source>
        <translation>%1 已结算的激励与本季度激励预算 %2 的对比。
用到预算的 90 % 时进度条变为琥珀色，超出预算时变为红色。
投入产出比：渠道销售额较去年同季度的增长（%3 → %4）与每元激励之比。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityListing</name>
    <message>
        <location filename="../../core/report/CapabilityListing.cpp" line="+142"/>
        <source>Code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest assessment</source>
        <translation>最近评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage code</source>
        <translation>阶段代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cleared entries</source>
        <translation>已移出条目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (cleared: %2)</source>
        <translation>%1（已移出：%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Partners</source>
        <translation>伙伴数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no mentor)</source>
        <translation>（无导师）</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityModel</name>
    <message>
        <location filename="../../core/capability/CapabilityModel.cpp" line="+157"/>
        <source>The benchmark is the fixed one set in the rules.</source>
        <translation>标杆为规则中设定的固定值。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The benchmark averages the latest scores of %n excellent partner(s), whose sales over the four quarters to %1 exceed %2.</source>
        <translation>
            <numerusform>标杆为 %n 个优秀伙伴最近评分的平均值，这些伙伴截至 %1 的四个季度销售额超过 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No benchmark: the %n excellent partner(s) have no assessment by %1. Assess them or set a fixed benchmark.</source>
        <translation>
            <numerusform>没有标杆：%n 个优秀伙伴在 %1 之前都没有评估。请先评估，或设定固定标杆。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No benchmark: no partner&apos;s sales over the four quarters to %1 exceed %2. Lower the threshold or set a fixed benchmark.</source>
        <translation>没有标杆：没有伙伴截至 %1 的四个季度销售额超过 %2。请降低门槛或设定固定标杆。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRadar</name>
    <message>
        <location filename="../../ui/capability/CapabilityRadar.cpp" line="+88"/>
        <source>Not assessed yet: there are no scores to draw.</source>
        <translation>尚未评估，没有可绘制的评分。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel average</source>
        <translation>渠道平均</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRules</name>
    <message>
        <location filename="../../core/capability/CapabilityRules.cpp" line="+111"/>
        <source>The setting %1 holds “%2”, which cannot be read; the default is used.</source>
        <translation>设置 %1 的值“%2”无法读取；已使用默认值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The weight of %1 must be a whole number from 0 to 100.</source>
        <translation>%1 的权重必须是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one dimension needs a weight above zero.</source>
        <translation>至少一个维度的权重需大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weak-dimension threshold must be from 0.0 to 10.0.</source>
        <translation>短板门槛必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drop threshold must be from 0.1 to 10.0.</source>
        <translation>下滑门槛必须在 0.1 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The achievement threshold must be above 0 % and at most 1000 %.</source>
        <translation>达成率门槛必须大于 0% 且不超过 1000%。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of consecutive quarters below the achievement threshold must be from 1 to 8.</source>
        <translation>连续低于达成率门槛的季度数必须在 1 到 8 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days without assessment must be from 1 to 3660.</source>
        <translation>未评估天数必须在 1 到 3660 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales of an excellent partner cannot be negative.</source>
        <translation>优秀伙伴的销售额门槛不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fixed benchmark for %1 must be from 0.0 to 10.0.</source>
        <translation>%1 的固定标杆必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage thresholds must be from 0.0 to 10.0.</source>
        <translation>阶段门槛必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The growth stage threshold (%1) cannot be above the expert stage threshold (%2).</source>
        <translation>成长型门槛（%1）不能高于专家型门槛（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The floor and target of %1 must be from 0 to %2.</source>
        <translation>%1 的下限和目标应在 0 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The floor and target of %1 cannot be the same.</source>
        <translation>%1 的下限和目标不能相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of %1 must be a whole number from 1 to 100.</source>
        <translation>%1 的权重应为 1 到 100 的整数。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The capability rules stored in the workbook cannot be used; the defaults are used.</source>
        <translation>工作簿中保存的能力规则无法使用；已使用默认规则。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRulesDialog</name>
    <message>
        <location filename="../../ui/settings/CapabilityRulesDialog.cpp" line="+58"/>
        <source>Capability Rules</source>
        <translation>能力规则</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some stored rules could not be used; the form shows the defaults in their place. Storing the form replaces them.</source>
        <translation>部分已保存的规则无法使用，表单中以默认值代替；保存表单将替换它们。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The rules could not be stored: %1</source>
        <translation>规则未能保存：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The rules were not stored:</source>
        <translation>规则未保存：</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRulesPage</name>
    <message>
        <location filename="../../ui/settings/CapabilityRulesPage.cpp" line="+113"/>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（分）。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts every rule back to its default; nothing is stored until you apply.</source>
        <translation>将所有规则恢复为默认值；应用之前不会保存。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Composite weights</source>
        <translation>综合分权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The composite score is the weighted average of the three dimension scores. A weight of 0 leaves that dimension out.</source>
        <translation>综合分是三个维度评分的加权平均；权重为 0 表示不计入该维度。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dimension scoring exactly this is not weak.</source>
        <translation>恰好等于此分数的维度不算短板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared between the two latest assessments.</source>
        <translation>比较最近两次评估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual sales divided by the target, in every one of the quarters below.</source>
        <translation>实际销售额除以目标，以下每个季度都低于该值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dimension scores below:</source>
        <translation>维度评分低于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dimension falls by at least:</source>
        <translation>维度下降至少：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target achievement below:</source>
        <translation>目标达成率低于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In consecutive quarters:</source>
        <translation>连续季度数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assessment for more than:</source>
        <translation>超过以下天数未评估：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A partner goes on the watch list when any of these holds.</source>
        <translation>满足以下任一条件的伙伴进入重点关注名单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average of excellent partners</source>
        <translation>优秀伙伴平均值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fixed scores</source>
        <translation>固定分值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last four quarters&apos; sales above:</source>
        <translation>近四个季度销售额超过：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each partner&apos;s gap is measured against this benchmark, per dimension.</source>
        <translation>每个伙伴按维度与该标杆比较差距。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Growth from composite:</source>
        <translation>成长型起点（综合分）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert from composite:</source>
        <translation>专家型起点（综合分）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert needs certification:</source>
        <translation>专家型所需认证：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>or higher</source>
        <translation>或更高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The suggested stage follows the composite score. Without the certification, a partner above the expert threshold is suggested growth.</source>
        <translation>建议阶段依据综合分；未达到所需认证时，超过专家型门槛的伙伴建议为成长型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-indicator</source>
        <translation>子指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value at the floor scores 0.0.</source>
        <translation>等于下限时得 0.0 分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value at the target scores 10.0.</source>
        <translation>达到目标时得 10.0 分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative to the other sub-indicator of the same dimension.</source>
        <translation>相对于同一维度的另一个子指标。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Floor of %1</source>
        <translation>%1 的下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target of %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores from sub-indicators</source>
        <translation>由子指标换算评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When an assessment gives no score for a dimension, it is worked out from the sub-indicators it has: the floor scores 0.0, the target 10.0, and values between score in proportion. A floor above the target means lower is better. Weights count within a dimension.</source>
        <translation>评估未给出某维度评分时，由已有子指标换算：下限得 0.0 分，目标得 10.0 分，之间按比例计分。下限高于目标表示越低越好。权重在同一维度内比较。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The sales of an excellent partner cannot be read: %1</source>
        <translation>无法读取优秀伙伴的销售额：%1</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityScoreGrid</name>
    <message>
        <location filename="../../ui/capability/CapabilityScoreGrid.cpp" line="+51"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since previous</source>
        <translation>较上次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since ~3 months</source>
        <translation>较约3个月前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap to benchmark</source>
        <translation>与标杆差距</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel average</source>
        <translation>渠道平均</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change since the previous assessment</source>
        <translation>与上一次评估相比的变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change since the assessment nearest to three months before the latest</source>
        <translation>与最接近最新评估前三个月的那次评估相比的变化</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 behind</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ahead</source>
        <translation>领先 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No benchmark, so the radar shows none and there are no gaps: %1</source>
        <translation>没有标杆，雷达图不显示标杆，也没有差距：%1</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityTableModel</name>
    <message>
        <location filename="../../ui/capability/CapabilityTableModel.cpp" line="+136"/>
        <source>%1 · %2</source>
        <comment>watch-list rule · dimension</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 +%2</source>
        <comment>first watch-list reason and how many more</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On the watch list:</source>
        <translation>重点关注：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 on %3</source>
        <translation>%1：%3 为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since the assessment of %2</source>
        <translation>自 %2 的评估以来 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weak: below %1.</source>
        <translation>短板：低于 %1。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Latest %1 score (0–10); below %2 is weak</source>
        <translation>最新%1评分（0–10）；低于 %2 为短板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Benchmark %1 minus the partner&apos;s score in %2</source>
        <translation>%2 的标杆 %1 减去伙伴评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No benchmark, so no gap</source>
        <translation>没有标杆，因此没有差距</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighted average of the three latest scores</source>
        <translation>三个最新评分的加权平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cultivation stage the composite and the certification suggest</source>
        <translation>依据综合分和认证等级建议的培养阶段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gap</source>
        <comment>the gap to the benchmark in a dimension</comment>
        <translation>%1差距</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityTrendChart</name>
    <message>
        <location filename="../../ui/capability/CapabilityTrendChart.cpp" line="+96"/>
        <source>No assessments to draw over time.</source>
        <translation>没有可绘制趋势的评估。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weak below %1</source>
        <translation>低于 %1 为短板</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityView</name>
    <message>
        <location filename="../../ui/capability/CapabilityView.cpp" line="+45"/>
        <source>Score distribution</source>
        <translation>评分分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Search code, name or mentor</source>
        <translation>搜索编号、名称或导师</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All suggested stages</source>
        <translation>全部建议阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the watch list only</source>
        <translation>仅重点关注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear the score filter</source>
        <translation>清除评分筛选</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Latest scores per whole point. Click a bar to list those partners; click it again to show everyone.</source>
        <translation>按整分统计最新评分。点击柱形列出这些伙伴；再次点击显示全部。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Capability as of %1</source>
        <translation>截至 %1 的能力情况</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
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
        <location line="+1"/>
        <source>showing %L1</source>
        <translation>显示 %L1 个</translation>
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
    <message>
        <location filename="../../core/capability/Dimension.cpp" line="+7"/>
        <source>Product understanding</source>
        <translation>产品理解力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales execution</source>
        <translation>销售执行力</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/tier/TierCriteria.cpp" line="+29"/>
        <source>Customer service</source>
        <translation>客户服务力</translation>
    </message>
    <message>
        <location filename="../../core/capability/WatchList.cpp" line="+10"/>
        <source>Weak dimension</source>
        <translation>能力短板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling score</source>
        <translation>能力下滑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low sales achievement</source>
        <translation>达成率偏低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment overdue</source>
        <translation>评估逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never assessed</source>
        <translation>从未评估</translation>
    </message>
    <message>
        <location filename="../../core/capability/SubIndicators.cpp" line="+12"/>
        <source>Core products mastered</source>
        <translation>掌握核心产品数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product exam score</source>
        <translation>产品考试成绩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer visits in 30 days</source>
        <translation>30天客户拜访次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average response time</source>
        <translation>平均响应时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/scorecard/Kpi.cpp" line="+45"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../core/incentive/IncentiveRecords.cpp" line="+12"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>已申请报销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../core/incentive/Policy.cpp" line="+18"/>
        <source>Whole amount</source>
        <translation>全额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progressive</source>
        <translation>累进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>按年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cross-region selling</source>
        <translation>串货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum-price breach</source>
        <translation>违反最低限价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other violation</source>
        <translation>其他违规</translation>
    </message>
    <message>
        <location filename="../../core/incentive/StatementLine.cpp" line="+14"/>
        <source>Achievement rebate</source>
        <translation>目标达成返点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth rebate</source>
        <translation>季度增长返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special rebate</source>
        <translation>专项返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New-customer bonus</source>
        <translation>新客户奖励</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash discount</source>
        <translation>现金折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint-marketing co-funding</source>
        <translation>联合市场支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No results</source>
        <translation>无业绩数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero target</source>
        <translation>目标为零</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../core/scorecard/Kpi.cpp" line="-24"/>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported results</source>
        <translation>导入的季度业绩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales ledger</source>
        <translation>销售台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability model</source>
        <translation>能力模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered per partner</source>
        <translation>逐个伙伴录入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales against target</source>
        <translation>销售额对目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections / sales</source>
        <translation>回款额 / 销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>30-day visits</source>
        <translation>30天拜访次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service response hours</source>
        <translation>服务响应时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product lines sold / all lines</source>
        <translation>已销售产品线 / 全部产品线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New product&apos;s share</source>
        <translation>新品销售占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered value</source>
        <translation>录入值</translation>
    </message>
    <message>
        <location filename="../../core/scorecard/Scoring.cpp" line="+18"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../../core/tier/TierCriteria.cpp" line="-7"/>
        <source>Trailing sales</source>
        <translation>近四个季度销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market coverage</source>
        <translation>市场覆盖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brand investment</source>
        <translation>品牌/市场投入</translation>
    </message>
</context>
<context>
    <name>cs::ClearWatchEntryCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="+85"/>
        <source>clear a watch-list entry</source>
        <translation>移出重点关注条目</translation>
    </message>
</context>
<context>
    <name>cs::Cli</name>
    <message>
        <location filename="../../app/CliSupport.cpp" line="+23"/>
        <source>The workbook file.</source>
        <translation>工作簿文件。</translation>
    </message>
    <message>
        <location filename="../../app/Cli.cpp" line="+299"/>
        <location filename="../../app/CliSupport.cpp" line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/CliSupport.cpp" line="+5"/>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/DashboardCli.cpp" line="+15"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/Cli.cpp" line="-257"/>
        <source>The folder with the demo spreadsheets.</source>
        <translation>存放演示电子表格的文件夹。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../app/CliSupport.cpp" line="+6"/>
        <location filename="../../app/main.cpp" line="+53"/>
        <source>channelstation: %1</source>
        <translation>channelstation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try “channelstation --help”.</source>
        <translation>请运行“channelstation --help”查看帮助。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channelstation: the output could not be written: %1</source>
        <translation>channelstation: 无法写入输出：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown format “%1”; use csv or json.</source>
        <translation>未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <location filename="../../app/Cli.cpp" line="+26"/>
        <location filename="../../app/DashboardCli.cpp" line="+20"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+16"/>
        <source>unknown kind “%1”; use partners, results, assessments or ledger.</source>
        <translation>未知的类别“%1”；请用 partners、results、assessments 或 ledger。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name one file to import.</source>
        <translation>请指定一个要导入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown encoding “%1”; use utf-8, gb18030, utf-16le or utf-16be.</source>
        <translation>未知的编码“%1”；请用 utf-8、gb18030、utf-16le 或 utf-16be。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--rejects goes with --valid-only.</source>
        <translation>--rejects 需与 --valid-only 一起使用。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Column %1 “%2” matches no field of %3 and was ignored.</source>
        <translation>第 %1 列“%2”不对应%3的任何字段，已忽略。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Nothing was imported: %n row(s) have problems. Fix them, or import the valid rows with --valid-only.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行存在问题。请修正后重试，或用 --valid-only 只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows written to %1</source>
        <translation>被拒绝的行已写入 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>List the partners of a workbook.</source>
        <translation>列出工作簿中的伙伴。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List each partner&apos;s capability scores, gaps, stage and watch reasons.</source>
        <translation>列出每个伙伴的能力评分、差距、阶段和关注原因。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The date to judge at (default: today).</source>
        <translation>评判所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/DashboardCli.cpp" line="-14"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>List each mentor with their partners and how many are on the watch list.</source>
        <translation>列出每位导师负责的伙伴数以及其中重点关注的数量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settle rebates for a quarter or a year: one row per partner with each component and the total.</source>
        <translation>结算某季度或某年度的返点：每个伙伴一行，列出各项金额及合计。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close a quarter: freeze its statements; later corrections become adjustments.</source>
        <translation>关闭季度：冻结其对账单；之后的更正将作为调整处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score a quarter&apos;s scorecards: one row per partner with the overall score, grade, rank and family scores.</source>
        <translation>为某季度的计分卡评分：每个伙伴一行，含综合得分、等第、排名和各维度得分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a quarter&apos;s scorecards to PDF: one file with a page per partner, or a file per partner.</source>
        <translation>将某季度的计分卡输出为 PDF：单个文件每个伙伴一页，或每个伙伴一个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a quarter&apos;s or a year&apos;s dashboard: each tile&apos;s figure against its target, and the charts&apos; data.</source>
        <translation>显示某季度或某年度的渠道看板：各指标卡的数值与目标对比，以及图表数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review a quarter&apos;s tiers: the proposed promotions and demotions with their reasons; --apply confirms them.</source>
        <translation>对某季度进行分级评审：列出建议的升级和降级及其原因；--apply 确认这些变更。</translation>
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
        <location line="+5"/>
        <source>Import a spreadsheet (.xlsx, .csv) into a workbook.</source>
        <translation>将电子表格（.xlsx、.csv）导入工作簿。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the file holds: partners, results, assessments or ledger.</source>
        <translation>文件内容：partners（伙伴）、results（季度业绩）、assessments（能力评估）或 ledger（销售台账）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet to read (.xlsx; default: the first with data).</source>
        <translation>要读取的工作表（.xlsx；默认：第一个有数据的工作表）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location filename="../../app/TierCli.cpp" line="+37"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The text encoding (.csv; default: detected): utf-8, gb18030, utf-16le, utf-16be.</source>
        <translation>文本编码（.csv；默认自动识别）：utf-8、gb18030、utf-16le、utf-16be。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the valid rows and write the others to a rejects file.</source>
        <translation>导入有效行，其余行写入拒绝文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the rejected rows go (default: FILE.rejects.csv beside the file).</source>
        <translation>被拒绝行的保存位置（默认：源文件旁的 文件名.rejects.csv）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check everything, write nothing.</source>
        <translation>全部检查，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet to import.</source>
        <translation>要导入的电子表格。</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+56"/>
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
        <location line="+36"/>
        <source>channelstation: there is no display to open the window on (DISPLAY is not set).
Run it from a desktop session, or under a virtual display:
    xvfb-run -a channelstation [WORKBOOK]
Commands such as “channelstation partners --db FILE” need no display; see “channelstation --help”.</source>
        <translation>channelstation: 没有可用于打开窗口的显示器（未设置 DISPLAY）。
请在桌面会话中运行，或在虚拟显示器下运行：
    xvfb-run -a channelstation [WORKBOOK]
“channelstation partners --db FILE”等命令无需显示器；详见“channelstation --help”。</translation>
    </message>
    <message>
        <location filename="../../app/DashboardCli.cpp" line="-6"/>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quarter (2026Q3) or a year (2026); default: the quarter before today&apos;s.</source>
        <translation>季度（2026Q3）或年度（2026）；默认：当前季度的上一季度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/IncentiveCli.cpp" line="+21"/>
        <location filename="../../app/ScorecardCli.cpp" line="+22"/>
        <location line="+35"/>
        <location filename="../../app/TierCli.cpp" line="-4"/>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge as if today were this day (default: today).</source>
        <translation>以该日期作为今天进行判断（默认：今天）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format “%1”; use text or json.</source>
        <translation>未知格式“%1”；请使用 text 或 json。</translation>
    </message>
    <message>
        <location filename="../../app/IncentiveCli.cpp" line="+18"/>
        <source>close takes a quarter such as %1Q1, not a year.</source>
        <translation>close 需要季度（如 %1Q1），而不是年度。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is open: this is a preview, nothing is stored.</source>
        <translation>%1 尚未关闭：以下为预览，不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was closed on %2: these are its frozen statements.</source>
        <translation>%1 已于 %2 关闭：以下为其冻结的对账单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is closed; --preview settles it again with today&apos;s data (nothing is stored).</source>
        <translation>%1 已关闭；使用 --preview 可按当前数据重新结算（不会保存任何内容）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A quarter (2026Q1) or a year (2026): the year sums its quarters that are closed or have results.</source>
        <translation>季度（2026Q1）或年度（2026）：年度汇总其中已关闭或有业绩数据的季度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle closed quarters again with today&apos;s data instead of showing what was frozen.</source>
        <translation>按当前数据重新结算已关闭的季度，而不显示冻结的结果。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The workbook has no incentive policy yet. Open it in the workstation (Incentives), or close a quarter with “channelstation close”: either stores the default policy.</source>
        <translation>工作簿中尚无激励政策。请在工作台中打开它（激励），或用“channelstation close”关闭一个季度：两种方式都会保存默认政策。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no results and no closed quarter: nothing to settle.</source>
        <translation>%1 既无业绩数据，也无已关闭的季度：没有可结算的内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The quarter to close, e.g. 2026Q1.</source>
        <translation>要关闭的季度，如 2026Q1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why or by whom it was closed; kept with the closing.</source>
        <translation>关闭原因或关闭人；随结账记录保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stored the default incentive policy, in force from %1.</source>
        <translation>已保存默认激励政策，自 %1 起生效。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Closed %1: %n statement(s), total %2.</source>
        <translation>
            <numerusform>已关闭 %1：%n 份对账单，合计 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n statement(s) are exceptions; see “channelstation rebates”.</source>
        <translation>
            <numerusform>%n 份对账单为例外；请查看“channelstation rebates”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ScorecardCli.cpp" line="-35"/>
        <source>The quarter to score, e.g. 2026Q1.</source>
        <translation>要评分的季度，例如 2026Q1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The quarter to print, e.g. 2026Q1.</source>
        <translation>要打印的季度，例如 2026Q1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this partner (repeat for more; default: all).</source>
        <translation>打印此伙伴（可重复指定多个；默认：全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this tier.</source>
        <translation>仅限此等级的伙伴。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIER</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners of this region.</source>
        <translation>仅限此区域的伙伴。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only partners on the watch list.</source>
        <translation>仅限重点关注名单中的伙伴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.pdf for one PDF with a page per partner, or a folder for one PDF per partner.</source>
        <translation>指定 FILE.pdf 则生成单个 PDF，每个伙伴一页；指定文件夹则每个伙伴生成一个 PDF。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.pdf|DIR</source>
        <translation>FILE.pdf|DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a tier.</source>
        <translation>“%1”不是有效的等级。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No partner matches: nothing to print.</source>
        <translation>没有匹配的伙伴：无可打印内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %n page(s) to %1 in %2 s</source>
        <translation>
            <numerusform>已将 %n 页写入 %1，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/TierCli.cpp" line="-2"/>
        <source>The quarter reviewed, e.g. 2026Q3; confirmed changes take effect from the next quarter.</source>
        <translation>评审的季度，如 2026Q3；确认的变更自下一季度起生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every partner reviewed, not only the proposed changes.</source>
        <translation>列出所有参评伙伴，而不仅是建议的变更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm every proposed change.</source>
        <translation>确认所有建议的变更。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who confirms the changes (default: the login name).</source>
        <translation>变更确认人（默认：登录名）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name who confirms the changes with --by.</source>
        <translation>请用 --by 指定变更确认人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--by names who confirms with --apply; without --apply nothing is confirmed.</source>
        <translation>--by 用于与 --apply 一起指定确认人；不加 --apply 则不会确认任何变更。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No tier change to confirm for %1.</source>
        <translation>%1 没有需要确认的等级变更。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Confirmed %n tier change(s) from the review of %1, effective from %2, by %3.</source>
        <translation>
            <numerusform>已确认 %1 分级评审中的 %n 项等级变更，自 %2 起生效，确认人：%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CloseQuarterDialog</name>
    <message>
        <location filename="../../ui/incentives/CloseQuarterDialog.cpp" line="+18"/>
        <location line="+32"/>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>&lt;p&gt;&lt;b&gt;Closing %1 freezes its %Ln statement(s) as they stand now.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Closed statements are never rewritten. If the quarter&apos;s results, penalties or co-funding change later, the difference is settled as adjustment lines in the next open quarter. Closing cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;关闭 %1 将按现状冻结其 %Ln 份对账单。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;已关闭的对账单永不改写。若该季度的业绩、扣款或联合市场支持日后发生变化，差额将以调整行计入下一个未关闭季度。关闭后不能撤销。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&lt;p&gt;%Ln partner(s) are listed as exceptions (no results, no target, a zero target or no tier): their statements are frozen as they stand, with each exception named.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%Ln 个伙伴列为例外（无业绩、无目标、目标为零或未分级）：其对账单按现状冻结，并注明各项例外。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Note kept with the closing (optional):</source>
        <translation>随结账保存的备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. approved by the channel director on the quarterly review</source>
        <translation>例如：经渠道总监在季度评审会上批准</translation>
    </message>
</context>
<context>
    <name>cs::CodeFilterBanner</name>
    <message>
        <location filename="../../ui/partners/CodeFilterBanner.cpp" line="+12"/>
        <source>Show All Partners</source>
        <translation>显示全部伙伴</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Showing %Ln partner(s) from the dashboard: %1</source>
        <translation>
            <numerusform>正在显示渠道看板中的 %Ln 个伙伴：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::CsvReader</name>
    <message>
        <location filename="../../core/import/CsvReader.cpp" line="+169"/>
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
        <location line="+49"/>
        <source>the cell holds more than %1 characters.</source>
        <translation>单元格内容超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the text is not valid %1. Choose the file&apos;s encoding (for example GB18030) and try again.</source>
        <translation>文本不是有效的 %1 编码。请选择文件的编码（例如 GB18030）后重试。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardAchievementChart</name>
    <message>
        <location filename="../../ui/dashboard/DashboardAchievementChart.cpp" line="+25"/>
        <source>Partners by target achievement</source>
        <translation>按目标达成率分布的伙伴</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sales as a share of target</source>
        <translation>销售额占目标的比例</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of target: %Ln partner(s)</source>
        <translation>
            <numerusform>目标的 %1：%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list them.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>achievement %1 in %2</source>
        <translation>%2 达成率 %1</translation>
    </message>
</context>
<context>
    <name>cs::DashboardCalculator</name>
    <message>
        <location filename="../../core/dashboard/DashboardFigures.cpp" line="+70"/>
        <source>No region</source>
        <translation>无区域</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>&lt; 60 %</source>
        <translation>&lt; 60 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60–80 %</source>
        <translation>60–80 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80–90 %</source>
        <translation>80–90 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90–100 %</source>
        <translation>90–100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100–120 %</source>
        <translation>100–120 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ 120 %</source>
        <translation>≥ 120 %</translation>
    </message>
</context>
<context>
    <name>cs::DashboardListing</name>
    <message>
        <location filename="../../core/report/DashboardListing.cpp" line="+164"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MISSED</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Channel dashboard %1 (as of %2)</source>
        <translation>渠道看板 %1（截至 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales vs target by quarter</source>
        <translation>各季度销售额与目标对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Achievement distribution</source>
        <translation>达成率分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active partners by tier</source>
        <translation>按等级统计的合作中伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active partners by region</source>
        <translation>按区域统计的合作中伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active partners by type</source>
        <translation>按类型统计的合作中伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capability averages by region (product / sales / service)</source>
        <translation>各区域能力平均分（产品 / 销售 / 服务）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1   (%n partner(s))</source>
        <translation>
            <numerusform>%1   （%n 个伙伴）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n active partner(s) not assessed yet.</source>
        <translation>
            <numerusform>%n 个合作中伙伴尚未评估。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DashboardPages</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPages.cpp" line="+84"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Channel dashboard %1</source>
        <translation>渠道看板 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 – %2 (to date)</source>
        <translation>%1 – %2（截至目前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel Dashboard</source>
        <translation>渠道看板</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Active partners: not churned on %1. Target achievement judges the %2 active partners with results and a target above zero in %3 (%4 without results and %5 with a zero target left out). Capability: each active partner&apos;s latest assessment on or before %1; %6 not assessed.</source>
        <translation>合作中伙伴：截至 %1 未流失的伙伴。目标达成统计 %3 中有业绩且目标大于零的 %2 个合作中伙伴（不含 %4 个无业绩和 %5 个目标为零的伙伴）。能力：取每个合作中伙伴在 %1 当日或之前的最近一次评估；%6 个未评估。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardPeriod</name>
    <message>
        <location filename="../../core/dashboard/DashboardPeriod.cpp" line="+36"/>
        <source>“%1” is not a year from %2 to %3.</source>
        <translation>“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1</source>
        <comment>year</comment>
        <extracomment>A whole year as a period, e.g. &quot;2026&quot;. Chinese: %1年</extracomment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>cs::DashboardPeriodPicker</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPeriodPicker.cpp" line="+31"/>
        <source>%1 (whole year)</source>
        <translation>%1（全年）</translation>
    </message>
</context>
<context>
    <name>cs::DashboardPrintCharts</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPrintCharts.cpp" line="+73"/>
        <source>No results in these quarters.</source>
        <translation>这些季度没有业绩数据。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Q%1</source>
        <comment>quarter on a chart axis</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Actual sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No partner has results with a target.</source>
        <translation>没有伙伴同时具有业绩和目标。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sales as a share of target</source>
        <translation>销售额占目标的比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below target</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target met</source>
        <translation>达成目标</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No active partner.</source>
        <translation>没有合作中伙伴。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Average score (0–10)</source>
        <translation>平均分（0–10）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No active partner has been assessed.</source>
        <translation>没有合作中伙伴接受过评估。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardRegionChart</name>
    <message>
        <location filename="../../ui/dashboard/DashboardRegionChart.cpp" line="+17"/>
        <source>Capability by region</source>
        <translation>各区域能力</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>assessed partners in %1 on %2</source>
        <translation>%2 时 %1 的已评估伙伴</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %Ln assessed partner(s)</source>
        <translation>
            <numerusform>%1：%Ln 个已评估伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to list them.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardSalesChart</name>
    <message>
        <location filename="../../ui/dashboard/DashboardSalesChart.cpp" line="+17"/>
        <source>Channel sales vs target</source>
        <translation>渠道销售额与目标对比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Q%1</source>
        <comment>quarter on a chart axis</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: no results.</source>
        <translation>%1：无业绩数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 sold against a target of %3</source>
        <translation>%1：销售额 %2，目标 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to show this quarter.</source>
        <translation>点击显示该季度。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardStore</name>
    <message>
        <location filename="../../core/storage/DashboardStore.cpp" line="+106"/>
        <source>Nothing is closed or reported for %1 yet.</source>
        <translation>%1 尚无已结账或已上报的数据。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The dashboard needs a quarter or a year.</source>
        <translation>渠道看板需要指定季度或年度。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardStyle</name>
    <message>
        <location filename="../../ui/dashboard/DashboardStyle.cpp" line="+66"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close to limit</source>
        <translation>接近上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improving</source>
        <translation>正在改善</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>¥100 million</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¥10,000</source>
        <translation>万元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>¥ billion</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¥ million</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¥ thousand</source>
        <translation>千元</translation>
    </message>
</context>
<context>
    <name>cs::DashboardTierChart</name>
    <message>
        <location filename="../../ui/dashboard/DashboardTierChart.cpp" line="+16"/>
        <source>Active partners by tier</source>
        <translation>按等级统计的合作中伙伴</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Click to list them.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <comment>tier · count</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 (%3 %)</source>
        <comment>tier · count (share)</comment>
        <translation>%1 · %2（%3 %）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, active on %2</source>
        <translation>%1，%2 时合作中</translation>
    </message>
</context>
<context>
    <name>cs::DashboardTileWidget</name>
    <message>
        <location filename="../../ui/dashboard/DashboardTileWidget.cpp" line="+176"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
</context>
<context>
    <name>cs::DashboardTiles</name>
    <message>
        <location filename="../../core/dashboard/DashboardTiles.cpp" line="+34"/>
        <source>Active partners</source>
        <translation>合作中伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>count, tier</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not churned on %1: %2; in %n region(s).</source>
        <translation>
            <numerusform>截至 %1 未流失：%2；分布于 %n 个区域。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales vs target</source>
        <translation>销售额与目标对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % of target</source>
        <translation>目标的 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No results for %1 yet.</source>
        <translation>%1 尚无业绩数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 sold against a target of %2 in %3 (%n results row(s)).</source>
        <translation>
            <numerusform>%3 销售额 %1，目标 %2（%n 行业绩数据）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not started yet.</source>
        <translation>%1 尚未开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No partner was active on %1.</source>
        <translation>%1 时没有合作中伙伴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 partners active on %3 had churned by %4.</source>
        <translation>%3 时合作中的 %2 个伙伴中，有 %1 个在 %4 前已流失。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them by an inferred date (the partner&apos;s last edit before the workbook recorded status changes).</source>
        <translation>
            <numerusform>其中 %n 个按推断日期计算（即工作簿开始记录状态变更前该伙伴的最后编辑日期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n partner(s) joined and churned within the period, not counted.</source>
        <translation>
            <numerusform>%n 个伙伴在本期内加入并流失，未计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n churned partner(s) have no known churn date and are not counted.</source>
        <translation>
            <numerusform>%n 个已流失伙伴无已知流失日期，未计入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partners meeting target</source>
        <translation>达标伙伴占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1 (baseline %2)</source>
        <translation>至少 %1（基线 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active partner has results with a target for %1.</source>
        <translation>%1 没有合作中伙伴同时具有业绩和目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 partners reached their sales target.</source>
        <translation>%2 个伙伴中有 %1 个达成销售目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out: %1 with a zero target, %2 without results.</source>
        <translation>未计入：%1 个目标为零，%2 个无业绩。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No active partner has a satisfaction score for %1.</source>
        <translation>%1 没有合作中伙伴具有满意度评分。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The mean over %n partner(s) with a satisfaction score</source>
        <translation>
            <numerusform>%n 个有满意度评分伙伴的平均值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n without one.</source>
        <translation>
            <numerusform>；%n 个无评分。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incentive budget used</source>
        <translation>激励预算使用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the budget</source>
        <translation>不超出预算</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 spent.</source>
        <translation>已使用 %1 / %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not closed yet, settled as of now: %1.</source>
        <translation>尚未结账，截至目前已结算：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incentive ROI</source>
        <translation>激励投资回报率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No return to show: nothing was spent, or the same period a year earlier has no sales.</source>
        <translation>无回报可显示：没有支出，或上年同期无销售额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales of %1 against %2 a year earlier, for %3 of incentives.</source>
        <translation>销售额 %1，上年同期 %2，激励支出 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active partners the capability model puts on the watch list on %1.</source>
        <translation>%1 时能力模型列入重点关注名单的合作中伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/DashboardView.cpp" line="+83"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard as one A4 page</source>
        <translation>将渠道看板导出为一页 A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printed page as an image, for slides and messages</source>
        <translation>将打印页面导出为图片，用于幻灯片和消息</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Reading the dashboard…</source>
        <translation>正在读取渠道看板…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As of %1 (the period is still running)</source>
        <translation>截至 %1（本期尚未结束）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By region: %1</source>
        <translation>按区域：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type: %1</source>
        <translation>按类型：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Click to list them.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Click to list the churned partners.</source>
        <translation>点击列出已流失伙伴。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to list the partners that met it.</source>
        <translation>点击列出达标伙伴。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>active on %1</source>
        <translation>%1 时合作中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>churned in %1</source>
        <translation>%1 内流失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>met their sales target in %1</source>
        <translation>%1 达成销售目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on the watch list on %1</source>
        <translation>%1 时在重点关注名单中</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print Preview — Channel Dashboard</source>
        <translation>打印预览 — 渠道看板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Channel Dashboard</source>
        <translation>打印渠道看板</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>cs::DeleteAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="-28"/>
        <source>delete the assessment of %1</source>
        <translation>删除 %1 的评估</translation>
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
        <location filename="../../core/demo/DemoWorkbook.cpp" line="+47"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::DistributionChart</name>
    <message>
        <location filename="../../ui/capability/DistributionChart.cpp" line="+148"/>
        <source>Weak (below %1)</source>
        <translation>短板（低于 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Benchmark %1</source>
        <translation>标杆 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel average %1</source>
        <translation>渠道平均 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%1 %2: %Ln partner(s)</source>
        <translation>
            <numerusform>%1 %2：%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to show every partner again.</source>
        <translation>点击重新显示全部伙伴。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to list these partners.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::EditAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="-28"/>
        <source>edit the assessment of %1</source>
        <translation>编辑 %1 的评估</translation>
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
    <name>cs::ExportFile</name>
    <message>
        <location filename="../../core/report/ExportFile.cpp" line="+27"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you may not write to that folder</source>
        <translation>没有写入该文件夹的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the folder “%1” does not exist</source>
        <translation>文件夹“%1”不存在</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the file could not be started</source>
        <translation>无法开始写入文件</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::FileLostBanner</name>
    <message>
        <location filename="../../ui/FileLostBanner.cpp" line="+14"/>
        <source>Save a Copy As…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;The workbook file was deleted or moved.&lt;/b&gt; “%1” is no longer where it was opened, so changes cannot be saved in it. Its data is still here: save a copy to keep it.</source>
        <translation>&lt;b&gt;工作簿文件已被删除或移动。&lt;/b&gt;“%1”已不在打开时的位置，更改无法再保存到其中。数据仍在本窗口中：请另存副本以保留。</translation>
    </message>
</context>
<context>
    <name>cs::ImportCheckPage</name>
    <message>
        <location filename="../../ui/import/ImportCheckPage.cpp" line="+57"/>
        <source>Check and Import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row has been read and checked; nothing is written until you choose Import.</source>
        <translation>所有行均已读取并检查；在您选择“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the file again, say after correcting it in Excel.</source>
        <translation>重新读取文件（例如在 Excel 中修正之后）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The first rows of the file, rows with problems highlighted:</source>
        <translation>文件的前若干行，有问题的行已高亮：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some rows have errors</source>
        <translation>部分行有错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only if every row is valid (nothing is written otherwise)</source>
        <translation>仅当所有行都有效时才导入（否则不写入任何数据）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows and write the rejected rows to:</source>
        <translation>导入有效行，并将被拒绝的行写入：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check was stopped before the end of the file. Nothing has been written; choose Check Again to go on.</source>
        <translation>检查在文件结束前被中止。未写入任何数据；选择“重新检查”继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>有 %Ln 行无法按原样导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the valid rows gives: %1.</source>
        <translation>只导入有效行的结果：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row can be imported. Importing gives: %1.</source>
        <translation>所有行均可导入。导入结果：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln value(s) were read with a guess worth checking (notes below).</source>
        <translation>
            <numerusform>有 %Ln 个值是推断读取的，值得核对（见下方提示）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems and notes: the first %1 of %2.</source>
        <translation>问题和提示：共 %2 条，显示前 %1 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems and notes (select one to find it in the rows below):</source>
        <translation>问题和提示（选中一条可在下方定位到该行）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the notes (%1)</source>
        <translation>显示提示（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Import is not possible while %Ln row(s) have errors: all or nothing means nothing would be written. Correct the file and choose Check Again, or import only the valid rows.</source>
        <translation>
            <numerusform>有 %Ln 行存在错误，无法导入：“全部或全不”意味着不会写入任何数据。请修正文件后选择“重新检查”，或只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row is valid: there is nothing to import.</source>
        <translation>没有有效的行：没有可导入的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file the rejected rows are written to.</source>
        <translation>选择写入被拒绝行的文件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the Rejected Rows To</source>
        <translation>被拒绝行写入到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cs::ImportColumnsPage</name>
    <message>
        <location filename="../../ui/import/ImportColumnsPage.cpp" line="+44"/>
        <source>Match the Columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the field each column holds. Fields marked * are required; columns set to “(ignore)” are not imported.</source>
        <translation>为每一列选择对应的字段。带 * 的字段为必填；设为“（忽略）”的列不导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row, as the spreadsheet numbers it, whose cells name the columns. Rows above it are not imported.</source>
        <translation>表头所在的行（按电子表格的行号），其单元格为各列命名。表头以上的行不导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns mapped as last time for these headers.</source>
        <translation>已按上次对这些表头的设置对应列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The first rows as they would be read:</source>
        <translation>前若干行的读取结果：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Row %1 is blank: choose the row whose cells name the columns.</source>
        <translation>第 %1 行为空：请选择为各列命名的那一行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header is row %1 of the sheet “%2”.</source>
        <translation>表头位于工作表“%2”的第 %1 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header is row %1 of the file.</source>
        <translation>表头位于文件的第 %1 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the first rows reads like a header: choose the row that names the columns.</source>
        <translation>前若干行中没有像表头的行：请选择为各列命名的那一行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1 looked like the header.</source>
        <translation>原先识别的表头是第 %1 行。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <comment>a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another column already has this header&apos;s field; this one is ignored unless you choose otherwise.</source>
        <translation>另一列已对应该字段；除非另行选择，此列将被忽略。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recognised as a field: ignored unless you choose one.</source>
        <translation>未识别为任何字段：除非手动选择，否则忽略。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every required field has a column.</source>
        <translation>所有必填字段均已对应到列。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still to choose a column for: %1.</source>
        <translation>以下字段尚未选择对应列：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cs::ImportFilePage</name>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="+42"/>
        <source>Choose the File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel workbook (.xlsx) or a text export (.csv, .txt). Title rows above the header and notes below it are fine.</source>
        <translation>Excel 工作簿（.xlsx）或文本导出（.csv、.txt）。表头上方的标题行和说明均可保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Path of the spreadsheet to import</source>
        <translation>要导入的电子表格路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+147"/>
        <source>Auto-detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contains:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The sheet “%1” has no data.</source>
        <translation>工作表“%1”没有数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no data.</source>
        <translation>文件没有数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognised as %1.</source>
        <translation>识别为%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the first rows reads like a header of %1: the header row can be chosen on the next page.</source>
        <translation>前若干行中没有像%1表头的行：可在下一页选择表头行。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Header on row %1, %Ln column(s).</source>
        <translation>
            <numerusform>表头在第 %1 行，共 %Ln 列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns will be mapped as last time for these headers.</source>
        <translation>将按上次对这些表头的设置对应列。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Auto-detect (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistory</name>
    <message>
        <location filename="../../core/storage/ImportHistory.cpp" line="+165"/>
        <source>That import is no longer in the history.</source>
        <translation>该次导入已不在导入记录中。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>“%1” was undone already.</source>
        <translation>“%1”已撤销过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the latest import of %1 can be undone; undo the later ones first.</source>
        <translation>只能撤销%1最近的一次导入；请先撤销之后的导入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Records this import wrote were edited afterwards, so undoing it would lose those edits.</source>
        <translation>此次导入写入的记录之后被修改过，撤销将丢失这些修改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Partner %1, added by this import, now has results, assessments, ledger lines, watch-list notes or partners of its own. Undo or remove those first.</source>
        <translation>此次导入新增的伙伴 %1 现已有业绩、评估、台账、重点关注说明或下级伙伴。请先撤销或删除这些数据。</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistoryModel</name>
    <message>
        <location filename="../../ui/import/ImportHistoryModel.cpp" line="+73"/>
        <source>Undone on %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In effect (cannot be undone now)</source>
        <translation>生效中（目前无法撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect (can be undone)</source>
        <translation>生效中（可撤销）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHA-256 of the file as imported: %1</source>
        <translation>导入时文件的 SHA-256：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: what this import wrote was taken back.</source>
        <translation>已撤销：此次导入写入的数据已收回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the latest import of each kind that is still in effect can be undone.</source>
        <translation>每个类别只能撤销仍生效的最近一次导入。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistoryView</name>
    <message>
        <location filename="../../ui/import/ImportHistoryView.cpp" line="+23"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo This Import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes back what the selected import wrote. Only the latest import of each kind can be undone, and only while nothing it wrote was changed since.</source>
        <translation>收回所选导入写入的数据。每个类别只能撤销最近一次导入，且仅当其写入的数据之后未被修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No imports yet. Import brings partners, quarterly results, capability assessments or the sales ledger in from a spreadsheet (or drop the file on the window).</source>
        <translation>尚无导入记录。“导入”可从电子表格导入伙伴、季度业绩、能力评估或销售台账（也可将文件拖到窗口上）。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 (sheet %2)</source>
        <translation>%1（工作表 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>撤销 %2 对 %1 的导入？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: inserted %2, updated %3. The inserted records are removed and the updated ones get their earlier values back.</source>
        <translation>%1：新增 %2，更新 %3。新增的记录将被删除，更新的记录将恢复原值。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Import Was Not Undone</source>
        <translation>未能撤销导入</translation>
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
        <location line="+18"/>
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
        <location line="-56"/>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer visits in 30 days</source>
        <translation>30 天内客户拜访次数</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core products mastered</source>
        <translation>掌握核心产品数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product exam score</source>
        <translation>产品考试成绩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average response hours</source>
        <translation>平均响应时长（小时）</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>cs::ImportProgress</name>
    <message>
        <location filename="../../ui/import/ImportProgress.cpp" line="+14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>cs::ImportReportModel</name>
    <message>
        <location filename="../../ui/import/ImportReportModel.cpp" line="+56"/>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>column letter · header</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>cs::ImportSources</name>
    <message>
        <location filename="../../core/import/ImportSource.cpp" line="+101"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cs::ImportWizard</name>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="+21"/>
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Stopped</source>
        <translation>导入已中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of %1 was stopped. Nothing was written to the workbook.</source>
        <translation>%1 的导入已中止。未向工作簿写入任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Nothing Imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 now has rows with errors, so nothing was written. The check below is up to date.</source>
        <translation>%1 现在有出错的行，因此未写入任何数据。下方的检查结果已更新。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be imported. Nothing was written.</source>
        <translation>%1 无法导入。未写入任何数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1: %2.</source>
        <translation>已导入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln existing record(s) changed; the details list them.</source>
        <translation>
            <numerusform>%Ln 条已有记录被修改；详情中列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rejected rows were written to %1, with the reason for each: correct them there and import that file.</source>
        <translation>被拒绝的行已写入 %1，并附有每行的原因：在该文件中修正后再导入即可。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import History can undo this import.</source>
        <translation>可在“导入记录”中撤销此次导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>……另有 %Ln 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Importer</name>
    <message>
        <location filename="../../core/import/Importer.cpp" line="+143"/>
        <source>updated %1: %2</source>
        <translation>更新 %1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inserted %1, updated %2, unchanged %3, rejected %4</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, sheet “%2”</source>
        <translation>%1 的工作表“%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: none of the first %2 rows is a header naming the columns of %3.</source>
        <translation>%1：前 %2 行中没有列出%3各列的表头。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the header on row %2 has no column for: %3.</source>
        <translation>%1：第 %2 行的表头缺少以下列：%3。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rejected rows cannot be written over %1, the file being imported.</source>
        <translation>被拒绝的行不能写入 %1，因为它就是正在导入的文件。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: there are no rows below the header on row %2.</source>
        <translation>%1：第 %2 行的表头下方没有数据行。</translation>
    </message>
</context>
<context>
    <name>cs::IncentiveBook</name>
    <message>
        <location filename="../../core/storage/IncentiveBook.cpp" line="+40"/>
        <source>The partner is no longer in the workbook.</source>
        <translation>该伙伴已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Default policy</source>
        <translation>默认政策</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The policy cannot be saved:
%1</source>
        <translation>无法保存政策：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say from which quarter the policy takes effect.</source>
        <translation>请指定政策从哪个季度开始生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settlement changes between quarterly and annual here, so the new version must take effect from the first quarter of a year, not %1.</source>
        <translation>此处结算方式在按季度与按年度之间切换，新版本必须从某年第一季度起生效，而不是 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is closed, so its policy cannot change: a new version must take effect from %2 or later.</source>
        <translation>%1 已关闭，其政策不能再更改：新版本必须自 %2 或之后生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New policy version effective from %1. %2</source>
        <translation>新政策版本自 %1 起生效。%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy version %1 is no longer in the workbook.</source>
        <translation>政策版本 %1 已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is closed, so a policy cannot be moved to take effect from %2.</source>
        <translation>%1 已关闭，因此不能将政策改为自 %2 起生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy effective from %1 changed. %2</source>
        <translation>自 %1 起生效的政策已更改。%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+31"/>
        <source>The policy version %1 was closed with is missing.</source>
        <translation>关闭 %1 时所用的政策版本已不存在。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No incentive policy is in force for %1: add a policy version that takes effect from %1 or earlier.</source>
        <translation>%1 没有生效的激励政策：请添加一个自 %1 或更早生效的政策版本。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is already closed: its statements are frozen.</source>
        <translation>%1 已关闭：其对账单已冻结。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Closed with policy version %1: %n statement(s), %2 in total.</source>
        <translation>
            <numerusform>按政策版本 %1 关闭：%n 份对账单，合计 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Say what proves the penalty (order numbers, photos, a report): the evidence note is required.</source>
        <translation>请说明处罚的证据（订单号、照片、报告等）：证据说明为必填项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date of the violation: it decides the quarter the penalty is deducted in.</source>
        <translation>请填写违规日期：它决定处罚在哪个季度扣除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A penalty amount is a deduction: enter it without a minus sign.</source>
        <translation>处罚金额即扣款：请勿输入负号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2 (%3): %4</source>
        <translation>%2 %1（%3）：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the policy&apos;s rule</source>
        <translation>按政策规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is closed: the penalty is settled as an adjustment in the next open quarter.</source>
        <translation>%1 已关闭：该处罚将作为调整在下一个未关闭季度结算。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This penalty is no longer in the workbook.</source>
        <translation>该处罚已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The penalty of %1 was settled when %2 was closed; it cannot be removed.</source>
        <translation>%1 的处罚已在 %2 关闭时结算，无法删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2 removed: %3</source>
        <translation>已删除 %2 的%1：%3</translation>
    </message>
</context>
<context>
    <name>cs::IncentivesView</name>
    <message>
        <location filename="../../ui/incentives/IncentivesView.cpp" line="+80"/>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Quarter…</source>
        <translation>关闭季度…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freeze the quarter&apos;s statements; later corrections become adjustment lines</source>
        <translation>冻结本季度的对账单；之后的更正将作为调整行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy…</source>
        <translation>政策…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands, rates, co-funding shares, penalties and the budget, by version</source>
        <translation>按版本设置档位、返点率、联合推广分担比例、处罚和预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Statements as &amp;CSV…</source>
        <translation>所有对账单导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Statements as &amp;Excel Workbook…</source>
        <translation>所有对账单导出为 Excel 工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Statements as &amp;PDF…</source>
        <translation>所有对账单导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;This Statement…</source>
        <translation>当前对账单(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All Statements of the Quarter…</source>
        <translation>本季度所有对账单(&amp;A)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDF</source>
        <translation>市场发展基金 (MDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (closed)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no results yet)</source>
        <translation>%1（尚无业绩数据）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The statements were frozen when the quarter was closed.</source>
        <translation>这些对账单已在季度关闭时冻结。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing note: %1</source>
        <translation>结账备注：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled now from the workbook&apos;s data with policy version of %1; closing the quarter freezes it.</source>
        <translation>按工作簿当前数据及 %1 的政策版本即时结算；关闭季度后将冻结。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There are no statements to export.</source>
        <translation>没有可导出的对账单。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statements-%1</source>
        <translation>对账单-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>Export Statements</source>
        <translation>导出对账单</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Writing statements…</source>
        <translation>正在生成对账单…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Print Preview — %n Statement(s)</source>
        <translation>
            <numerusform>打印预览 — %n 份对账单</numerusform>
        </translation>
    </message>
    <message>
        <location line="-50"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cs::Kpi</name>
    <message>
        <location filename="../../core/scorecard/Kpi.cpp" line="+100"/>
        <source>The weight of the %1 family cannot be negative.</source>
        <translation>%1维度的权重不能为负。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The KPI weights of the %1 family add up to %2, not 100.</source>
        <translation>%1维度各指标权重之和为 %2，而不是 100。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 family has a weight of %2 but no KPI.</source>
        <translation>%1维度权重为 %2，但没有任何指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family weights add up to %1, not 100.</source>
        <translation>各维度权重之和为 %1，而不是 100。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every KPI needs a code.</source>
        <translation>每个指标都需要编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code “%1” is used by more than one KPI.</source>
        <translation>编码“%1”被多个指标使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI “%1” needs a Chinese and an English name.</source>
        <translation>指标“%1”需要中文名和英文名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI “%1”: the weight cannot be negative.</source>
        <translation>指标“%1”：权重不能为负。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI “%1” needs a target: its source gives none.</source>
        <translation>指标“%1”需要目标值：其数据来源不提供目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI “%1”: the target must be above zero.</source>
        <translation>指标“%1”：目标值必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI “%1” needs the product line that counts as new.</source>
        <translation>指标“%1”需要指定作为新品的产品线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade thresholds must fall from A to C within 0–100 (now A %1, B %2, C %3).</source>
        <translation>等第阈值必须在 0–100 之间从 A 到 C 递减（当前 A %1，B %2，C %3）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The stored KPI catalogue is damaged and cannot be read.</source>
        <translation>工作簿中保存的指标目录已损坏，无法读取。</translation>
    </message>
</context>
<context>
    <name>cs::KpiCatalogueDialog</name>
    <message>
        <location filename="../../ui/scorecard/KpiCatalogueDialog.cpp" line="+48"/>
        <source>The weights add up: OK saves the catalogue.</source>
        <translation>权重合计正确：点击“确定”保存 KPI 目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove KPI</source>
        <translation>删除 KPI(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI Catalogue</source>
        <translation>KPI 目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The KPIs every quarterly scorecard is scored with. The KPI weights of a family add up to 100, and so do the five family weights. Double-click a cell to change it; grey cells follow from the measure.</source>
        <translation>每份季度计分卡据以评分的 KPI。同一指标类别内各 KPI 的权重之和为 100，五个指标类别的权重之和也为 100。双击单元格可修改；灰色单元格由度量方式决定。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add KPI</source>
        <translation>添加 KPI(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A KPI whose values are entered per partner and quarter (Scorecards → Enter KPI Values…), in the family of the selected KPI.</source>
        <translation>新增一个按伙伴和季度录入数值的 KPI（计分卡 → 录入 KPI 值…），归入所选 KPI 的指标类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values already entered for the KPI stay in the workbook, unused.</source>
        <translation>该 KPI 已录入的值仍保留在工作簿中，但不再使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The eleven default KPIs, weights and grade thresholds; saved only with OK.</source>
        <translation>恢复默认的十一个 KPI、权重和等级阈值；点击“确定”后才保存。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Family weights</source>
        <translation>指标类别权重</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grades by overall score</source>
        <translation>按综合得分评定等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A from:</source>
        <translation>A 级下限：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B from:</source>
        <translation>B 级下限：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C from:</source>
        <translation>C 级下限：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Below C: D</source>
        <translation>低于 C 级：D 级</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no KPI</source>
        <translation>无 KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI weights: %1</source>
        <translation>KPI 权重：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs in the family: %1. Their weights must add up to 100.</source>
        <translation>该指标类别中的 KPI：%1。其权重之和必须为 100。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of 100</source>
        <translation>%1 / 100</translation>
    </message>
</context>
<context>
    <name>cs::KpiCatalogueModel</name>
    <message>
        <location filename="../../ui/scorecard/KpiCatalogueModel.cpp" line="+117"/>
        <source>KPI “%1”, default target: %2</source>
        <translation>KPI“%1”，默认目标：%2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>from results</source>
        <translation>来自业绩数据</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sales achievement is measured against each partner&apos;s imported sales target.</source>
        <translation>销售达成率以各伙伴导入的销售目标为基准计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values entered for the KPI are kept under its code, so a saved code stays as it is.</source>
        <translation>该 KPI 的录入值按其编号保存，因此已保存的编号不能更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measure decides this unit.</source>
        <translation>此单位由度量方式决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales of this product line count as new products (as the sales ledger names it).</source>
        <translation>此产品线的销售额计为新产品销售（名称须与销售台账一致）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weight within the KPI&apos;s family: a family&apos;s KPI weights add up to 100.</source>
        <translation>在所属指标类别中的权重：同一指标类别的 KPI 权重之和为 100。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used when nothing gives a partner its own target.</source>
        <translation>伙伴没有单独目标时使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>度量方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default target</source>
        <translation>默认目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New product line</source>
        <translation>新产品线</translation>
    </message>
</context>
<context>
    <name>cs::KpiEntriesDialog</name>
    <message>
        <location filename="../../ui/scorecard/KpiEntriesDialog.cpp" line="+38"/>
        <source>KPI Values — %1, %2</source>
        <translation>KPI 值 — %1，%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values entered for %1 in %2. An empty target uses the catalogue&apos;s default target, shown in grey; with both actual and target empty the value is removed and the card shows the KPI as missing.</source>
        <translation>%1 在 %2 的录入值。目标留空时使用 KPI 目录中的默认目标（灰色显示）；实际值和目标均留空时，该值将被删除，计分卡上该 KPI 显示为缺失。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The KPI catalogue has no KPI entered per partner. Add one with Tools → KPI Catalogue…</source>
        <translation>KPI 目录中没有按伙伴录入的 KPI。请通过“工具 → KPI 目录…”添加。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1, actual: %2</source>
        <translation>%1，实际：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, target: %2</source>
        <translation>%1，目标：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot be read: see below.</source>
        <translation>无法识别：见下方说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No value: the card shows the KPI as missing.</source>
        <translation>无值：计分卡上该 KPI 显示为缺失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, target %2</source>
        <translation>识别为 %1，目标 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No actual yet; target %1</source>
        <translation>尚无实际值；目标 %1</translation>
    </message>
</context>
<context>
    <name>cs::KpiValueText</name>
    <message>
        <location filename="../../ui/scorecard/KpiValueText.cpp" line="+87"/>
        <source>Percentages: “18.5%” and “18.5” both mean 18.5 %; a number from 0 to 1 without a % sign is a fraction, so “0.185” is 18.5 % too and “1” is 100 %. Type the % sign to be sure.</source>
        <translation>百分比：“18.5%”和“18.5”都表示 18.5 %；不带 % 号的 0 到 1 之间的数字视为小数，因此“0.185”也表示 18.5 %，“1”表示 100 %。输入 % 号可避免歧义。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in yuan, such as ¥12,000 or 12000.50.</source>
        <translation>以元为单位的金额，如 ¥12,000 或 12000.50。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbers with at most one decimal, such as 20 or 2.5; the unit may follow.</source>
        <translation>最多一位小数的数字，如 20 或 2.5；后面可带单位。</translation>
    </message>
</context>
<context>
    <name>cs::LedgerSink</name>
    <message>
        <location filename="../../core/import/LedgerSink.cpp" line="+181"/>
        <source>Order %1 could not be written.</source>
        <translation>订单 %1 无法写入。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+20"/>
        <source>Order “%1” is already on row %2 of this file; an order id may appear only once.</source>
        <translation>订单“%1”已在本文件第 %2 行出现；同一订单号只能出现一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order “%1” was imported before with a different partner, date, product line or amount; an imported order is never changed.</source>
        <translation>订单“%1”此前已导入，但伙伴、日期、产品线或金额不同；已导入的订单不会被修改。</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+134"/>
        <source>&amp;New Workbook…</source>
        <translation>新建工作簿(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Workbook</source>
        <translation>关闭工作簿(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import partners, quarterly results, assessments or the sales ledger from a spreadsheet</source>
        <translation>从电子表格导入伙伴、季度业绩、能力评估或销售台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Find Partner</source>
        <translation>查找伙伴(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add Partner</source>
        <translation>添加伙伴(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Partner…</source>
        <translation>删除伙伴(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Capability Rules…</source>
        <translation>能力规则(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights, watch-list rules, the benchmark, stage thresholds and sub-indicator scales</source>
        <translation>权重、重点关注规则、标杆、阶段门槛和子指标换算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incentive &amp;Policy…</source>
        <translation>激励政策(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebate bands and rates, co-funding shares, penalties and the budget, by version</source>
        <translation>按版本设置返点档位和返点率、联合推广分担比例、处罚和预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;Branding…</source>
        <translation>报表抬头(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company name and logo on printed scorecards</source>
        <translation>打印计分卡上的公司名称和徽标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPI Catalogue…</source>
        <translation>KPI 目录(&amp;K)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scorecard KPIs, their weights and targets, and the grades</source>
        <translation>计分卡的 KPI 及其权重、目标和等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tier Criteria…</source>
        <translation>分级评级标准(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weights, full marks, minimums and thresholds tier reviews score partners with</source>
        <translation>分级评审为伙伴评分所用的权重、满分值、最低要求和阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Channel Station</source>
        <translation>关于渠道工作站(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+12"/>
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Open Workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgraded the workbook to this version; the original is kept as %1</source>
        <translation>已将工作簿升级到当前版本；原文件保留为 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The change was not made</source>
        <translation>未能完成更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dashboard</source>
        <translation>渠道看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel at a glance: figures against their targets, trends and charts</source>
        <translation>渠道概览：各项数据与目标对比、趋势和图表</translation>
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
        <location line="+10"/>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every partner&apos;s scores, gaps to the benchmark and watch-list reasons</source>
        <translation>每个伙伴的评分、与标杆的差距和重点关注原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incentives</source>
        <translation>激励</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each quarter&apos;s rebate statements, explained; closing, penalties, MDF and what-if</source>
        <translation>各季度返点对账单及明细说明；结账、处罚、市场发展基金 (MDF) 和假设分析</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scorecards</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each partner&apos;s one-page quarterly scorecard; printing and batch PDFs</source>
        <translation>每个伙伴的单页季度计分卡；支持打印和批量生成 PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarterly tier review: proposed promotions and demotions with their reasons, confirming them, and each partner&apos;s tier history</source>
        <translation>季度分级评审：建议的升级和降级及其原因、变更确认，以及每个伙伴的等级历史</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each import wrote, and undoing the latest</source>
        <translation>每次导入写入了什么，并可撤销最近一次</translation>
    </message>
    <message>
        <location line="+48"/>
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
    <message>
        <location line="+87"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+6"/>
        <source>Channel Station</source>
        <translation>渠道工作站</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln with status Watch</source>
        <translation>
            <numerusform>状态为“重点关注” %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>cs::MdfActionDialog</name>
    <message>
        <location filename="../../ui/incentives/MdfActionDialog.cpp" line="+24"/>
        <source>Approve MDF Request</source>
        <translation>批准 MDF 申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject MDF Request</source>
        <translation>驳回 MDF 申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim MDF</source>
        <translation>申请 MDF 报销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay MDF Co-Funding</source>
        <translation>支付 MDF 分担款</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Proof reference:</source>
        <translation>支出凭证编号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;reference:</source>
        <translation>付款参考号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>申请报销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay</source>
        <translation>支付</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · planned %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · 计划 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid &amp;on:</source>
        <translation>支付日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved &amp;amount:</source>
        <translation>批准金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approved %1</source>
        <translation>已批准 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed &amp;amount:</source>
        <translation>报销金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required: why it is rejected</source>
        <translation>必填：驳回原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: invoice number, photos, report</source>
        <translation>必填：发票号、照片、报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co-funding:</source>
        <translation>联合推广补贴：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is closed: pay on a date in an open quarter.</source>
        <translation>%1 已结账：请选择未结账季度内的支付日期。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&lt;br&gt;&lt;b&gt;Co-funded: %2&lt;/b&gt;, settled as a co-funding line in %3.</source>
        <translation>%1&lt;br&gt;&lt;b&gt;补贴金额：%2&lt;/b&gt;，在 %3 作为联合推广补贴明细结算。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The date is before the request&apos;s last step (%1).</source>
        <translation>该日期早于申请的上一步骤（%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount must be above zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>cs::MdfPanel</name>
    <message>
        <location filename="../../ui/incentives/MdfPanel.cpp" line="+81"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Request…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim…</source>
        <translation>报销…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay…</source>
        <translation>支付…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned cost</source>
        <translation>计划费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed</source>
        <translation>已申请报销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-funded</source>
        <translation>补贴金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>最近变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or note</source>
        <translation>原因或备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search partner, activity, reference…</source>
        <translation>搜索伙伴、活动、凭证…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History of the selected request</source>
        <translation>所选申请的历史记录</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(unknown partner)</source>
        <translation>（未知伙伴）</translation>
    </message>
</context>
<context>
    <name>cs::MdfRequestDialog</name>
    <message>
        <location filename="../../ui/incentives/MdfRequestDialog.cpp" line="+24"/>
        <source>New MDF Request</source>
        <translation>新建 MDF 申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Regional launch event, trade show booth</source>
        <translation>例如：区域发布会、展会展位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ¥80,000</source>
        <translation>例如：¥80,000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Partner:</source>
        <translation>伙伴(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;cost:</source>
        <translation>计划费用(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requested on:</source>
        <translation>申请日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No partner has the code or name “%1”.</source>
        <translation>没有编号或名称为“%1”的伙伴。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The planned cost must be above zero.</source>
        <translation>计划费用必须大于零。</translation>
    </message>
</context>
<context>
    <name>cs::MdfWorkflow</name>
    <message>
        <location filename="../../core/storage/MdfWorkflow.cpp" line="+20"/>
        <source>the tier&apos;s share of the claim</source>
        <translation>按等级比例补贴报销金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capped at the approved amount (share %1)</source>
        <translation>以批准金额为上限（比例 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capped by what was left of the quarter&apos;s budget (share %1)</source>
        <translation>以本季度剩余预算为上限（比例 %1）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name the activity the funds are for.</source>
        <translation>请填写资金用于的活动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned cost cannot be negative.</source>
        <translation>计划费用不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the request.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner is no longer in the workbook.</source>
        <translation>该伙伴已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” requested on %2, planned cost %3.</source>
        <translation>“%1”于 %2 申请，计划费用 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approve an amount above zero, or reject the request.</source>
        <translation>请批准大于零的金额，或驳回该申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” approved on %2 for %3.</source>
        <translation>“%1”于 %2 批准，金额 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the request is rejected: the reason is kept with the request.</source>
        <translation>请说明驳回原因：原因会随申请一并保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” rejected on %2: %3</source>
        <translation>“%1”于 %2 驳回：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The claimed amount must be above zero.</source>
        <translation>报销金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the proof of spend (invoice number, photos, report) for the claim.</source>
        <translation>请填写报销的费用凭证（发票号、照片、报告）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” claimed on %2: %3, proof %4.</source>
        <translation>“%1”于 %2 报销：%3，凭证 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The partner of “%1” has no tier, so its co-funding share is unknown: give the partner a tier first.</source>
        <translation>“%1”所属伙伴没有等级，无法确定联合推广补贴比例：请先为该伙伴设置等级。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is closed: pay the claim on a date in an open quarter.</source>
        <translation>%1 已结账：请在未结账季度内的日期支付该报销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” paid on %2: %3, %4.</source>
        <translation>“%1”于 %2 支付：%3，%4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This MDF request is no longer in the workbook.</source>
        <translation>该 MDF 申请已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is %2: it cannot be moved to %3.</source>
        <translation>“%1”当前为%2：不能变更为%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date of this step.</source>
        <translation>请填写此步骤的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date %1 is before the request&apos;s previous step on %2.</source>
        <translation>日期 %1 早于该申请上一步骤的日期 %2。</translation>
    </message>
</context>
<context>
    <name>cs::MentorsPanel</name>
    <message>
        <location filename="../../ui/capability/MentorsPanel.cpp" line="+33"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>伙伴数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share on the list</source>
        <translation>关注占比</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Partners not churned, by mentor. Double-click a mentor to list their partners.</source>
        <translation>按导师统计未流失的伙伴。双击导师列出其伙伴。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no mentor)</source>
        <translation>（无导师）</translation>
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
    <name>cs::NewVersionDialog</name>
    <message>
        <location filename="../../ui/incentives/NewVersionDialog.cpp" line="+18"/>
        <source>New Policy Version</source>
        <translation>新建政策版本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Why this version exists, e.g. &quot;2027 growth push&quot;</source>
        <translation>设立此版本的原因，例如“2027 增长冲刺”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective from:</source>
        <translation>生效季度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>cs::OkrDialog</name>
    <message>
        <location filename="../../ui/scorecard/OkrDialog.cpp" line="+31"/>
        <source>OKRs and Notes — %1, %2</source>
        <translation>OKR 与改进备注 — %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives and their key results (double-click to edit):</source>
        <translation>目标及其关键结果（双击编辑）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Key Result</source>
        <translation>添加关键结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Improvement notes:</source>
        <translation>改进备注：</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>“%1” of the key result “%2” is not a number like 12.5.</source>
        <translation>关键结果“%2”中的“%1”不是数字（例如 12.5）。</translation>
    </message>
</context>
<context>
    <name>cs::OkrStore</name>
    <message>
        <location filename="../../core/storage/OkrStore.cpp" line="+78"/>
        <source>OKRs and notes need a quarter.</source>
        <translation>OKR 和备注需要指定季度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner is no longer in the workbook.</source>
        <translation>该伙伴已不在工作簿中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every objective needs a title.</source>
        <translation>每个目标都需要标题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every key result of “%1” needs a title.</source>
        <translation>“%1”的每个关键结果都需要标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key result “%1” has a fraction with a denominator that is not positive.</source>
        <translation>关键结果“%1”含有分母不为正的分数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key result “%1” needs a target greater than zero.</source>
        <translation>关键结果“%1”的目标值必须大于零。</translation>
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
    <name>cs::PartnerCapabilityPanel</name>
    <message>
        <location filename="../../ui/capability/PartnerCapabilityPanel.cpp" line="+55"/>
        <source>Select a partner to see its capability.</source>
        <translation>选择一个伙伴查看其能力情况。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Suggested stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Assessment history</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest assessment %1</source>
        <translation>最近评估 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composite %1</source>
        <translation>综合分 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three months before: %1</source>
        <translation>三个月前：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(recorded: %1)</source>
        <translation>（登记：%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear with a note…</source>
        <translation>填写说明并移出…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not on the watch list: churned partners are no longer watched.</source>
        <translation>不在重点关注名单：已流失伙伴不再关注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the watch list.</source>
        <translation>不在重点关注名单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cleared on %1: %2 Note: %3</source>
        <translation>%1 移出：%2 说明：%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cleared on %1 (since superseded): %2 Note: %3</source>
        <translation>%1 移出（已被新数据取代）：%2 说明：%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History of entries:</source>
        <translation>历次入选记录：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Derived from the sub-indicators (no score was entered)</source>
        <translation>由子指标换算（未填写评分）</translation>
    </message>
</context>
<context>
    <name>cs::PartnerCodes</name>
    <message>
        <location filename="../../core/import/RecordSink.cpp" line="+212"/>
        <source>There is no partner with code “%1” in the workbook. Import or add the partner first.</source>
        <translation>工作簿中没有编号为“%1”的伙伴。请先导入或添加该伙伴。</translation>
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
    <name>cs::PartnerPicker</name>
    <message>
        <location filename="../../ui/incentives/PartnerPicker.cpp" line="+33"/>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message>
        <location filename="../../core/storage/PartnerRepository.cpp" line="+138"/>
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
    <message>
        <location line="+19"/>
        <source>“%1” has results, assessments, watch-list notes, sales ledger lines, penalties, MDF requests, settled statements, entered KPI values, OKRs or improvement notes, which would lose their partner. Set the status to Churned instead.</source>
        <translation>“%1”已有业绩、评估、重点关注记录、销售台账、扣款、市场发展基金申请、已结算对账单、录入的指标值、OKR 或改进备注，删除后这些数据将失去所属伙伴。请改为将状态设为“已流失”。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerSink</name>
    <message>
        <location filename="../../core/import/PartnerSink.cpp" line="+116"/>
        <source>Row %1 already has partner “%2”; a partner may appear only once.</source>
        <translation>第 %1 行已有伙伴“%2”；同一伙伴只能出现一次。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The parent partner “%1” is on row %2, which was rejected.</source>
        <translation>上级伙伴“%1”在第 %2 行，而该行已被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no partner with code “%1” in the workbook or in this file.</source>
        <translation>工作簿和本文件中都没有编号为“%1”的伙伴。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent partner&apos;s row was rejected.</source>
        <translation>上级伙伴所在的行已被拒绝。</translation>
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
        <location filename="../../ui/partners/PartnersView.cpp" line="+121"/>
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
        <location line="+218"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message numerus="yes">
        <location line="-188"/>
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
        <location line="+205"/>
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
        <location line="-151"/>
        <source>Unsaved partner details</source>
        <translation>伙伴信息未保存</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The partner form has changes that are not saved yet. Save them?</source>
        <translation>伙伴信息有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+147"/>
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
    <name>cs::PenaltiesPanel</name>
    <message>
        <location filename="../../ui/incentives/PenaltiesPanel.cpp" line="+39"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Penalty…</source>
        <translation>记录处罚…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search partner, evidence…</source>
        <translation>搜索伙伴、证据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only penalties of open quarters can be removed</source>
        <translation>只能删除未结账季度的处罚</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The policy&apos;s rule for this kind, applied when the quarter is settled</source>
        <translation>政策中该类型的规则，在季度结算时应用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown partner)</source>
        <translation>（未知伙伴）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove Penalty</source>
        <translation>删除处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the penalty of %1 dated %2? The audit trail keeps a record of it.</source>
        <translation>删除 %1 在 %2 的处罚吗？审计日志会保留记录。</translation>
    </message>
</context>
<context>
    <name>cs::PenaltyDialog</name>
    <message>
        <location filename="../../ui/incentives/PenaltyDialog.cpp" line="+44"/>
        <source>Record Penalty</source>
        <translation>记录处罚</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the policy&apos;s rule</source>
        <translation>留空：按政策规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order numbers, photos, the report that proves it</source>
        <translation>订单号、照片、证明报告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Partner:</source>
        <translation>伙伴(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No partner has the code or name “%1”.</source>
        <translation>没有编号或名称为“%1”的伙伴。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount must be above zero; leave it empty to use the policy&apos;s rule.</source>
        <translation>金额必须大于零；留空则按政策规则。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy rule for this kind: %1</source>
        <translation>该类型的政策规则：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That quarter is closed: the penalty will be deducted as an adjustment in the next open quarter</source>
        <translation>该季度已结账：处罚将作为调整在下一个未结账季度扣除</translation>
    </message>
</context>
<context>
    <name>cs::Percent</name>
    <message>
        <location filename="../../core/incentive/Percent.cpp" line="+78"/>
        <source>Enter a percentage, e.g. 3 or 2.5 %.</source>
        <translation>请输入百分比，例如 3 或 2.5 %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a percentage.</source>
        <translation>“%1”不是百分比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has more than two decimals.</source>
        <translation>“%1”超过两位小数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is too large.</source>
        <translation>“%1”过大。</translation>
    </message>
</context>
<context>
    <name>cs::Policy</name>
    <message>
        <location filename="../../core/incentive/Policy.cpp" line="+40"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The policy needs the quarter it takes effect from.</source>
        <translation>政策需要指定生效季度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement bands: add at least one band.</source>
        <translation>达成率档：请至少添加一档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement bands: achievement cannot be below 0 %, so band 1 cannot start below it.</source>
        <translation>达成率档：达成率不能低于 0 %，因此第 1 档的起点不能低于 0 %。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement bands</source>
        <translation>达成率档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement bands: the last band needs no upper bound, or achievement above it would earn nothing.</source>
        <translation>达成率档：最后一档不应设上限，否则超过上限的达成将得不到返点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An annual policy must take effect from a first quarter, so that the whole year is settled under it.</source>
        <translation>按年度结算的政策必须从第一季度起生效，这样全年才按同一政策结算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth bands</source>
        <translation>增长率档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Special rebate %1</source>
        <translation>专项返点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name the product line it pays on.</source>
        <translation>%1：请指定适用的产品线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: give the first and the last day of its window.</source>
        <translation>%1：请填写有效期的起止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the window ends before it starts.</source>
        <translation>%1：有效期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the rate %2 is outside 0–100 %.</source>
        <translation>%1：比例 %2 不在 0–100 % 范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bonus per new customer cannot be negative.</source>
        <translation>每个新客户的奖励不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash discount %1 is outside 0–100 %.</source>
        <translation>现金折扣 %1 不在 0–100 % 范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The co-funding share of %1 is outside 0–100 %.</source>
        <translation>%1的联合推广补贴比例不在 0–100 % 范围内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Penalty “%1”: the amount cannot be negative.</source>
        <translation>处罚“%1”：金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalty “%1”: the forfeited share is outside 0–100 %.</source>
        <translation>处罚“%1”：扣除返点比例不在 0–100 % 范围内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quarterly budget cannot be negative.</source>
        <translation>季度预算不能为负数。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The stored policy is damaged and cannot be read.</source>
        <translation>保存的政策已损坏，无法读取。</translation>
    </message>
</context>
<context>
    <name>cs::PolicyEditorDialog</name>
    <message>
        <location filename="../../ui/incentives/PolicyEditorDialog.cpp" line="+62"/>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incentive Policy</source>
        <translation>激励政策</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effective from</source>
        <translation>生效季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a new version from the rules shown, effective from a later quarter.</source>
        <translation>以当前显示的规则新建版本，从之后的某个季度生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions: a quarter is settled with the latest one in force for it.</source>
        <translation>版本：每个季度按对其有效的最新版本结算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bold: the version in force for the current quarter.</source>
        <translation>粗体：当前季度有效的版本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 2027Q1</source>
        <translation>例如：2027Q1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this version exists</source>
        <translation>设立此版本的原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective from:</source>
        <translation>生效季度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>In force for the current quarter</source>
        <translation>当前季度有效</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No policy is stored in this workbook yet. These are the standard rules; Save stores them.</source>
        <translation>此工作簿尚未保存政策。以下为标准规则，保存后即存入工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version, not stored until you save it.</source>
        <translation>新版本，保存后才会存入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version settled closed quarters (the last is %1). A closed quarter keeps the policy it was settled with, so saving changes creates a new version, effective from a quarter after %1.</source>
        <translation>此版本已用于结算已结账季度（最近为 %1）。已结账季度保留其结算时的政策，因此保存更改将新建一个版本，从 %1 之后的季度生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No closed quarter was settled with this version yet: saving updates it.</source>
        <translation>尚无已结账季度按此版本结算：保存将更新此版本。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Effective from: %1</source>
        <translation>生效季度：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Effective from: %1 is closed. A version can only take effect after the last closed quarter, %2, because a closed quarter keeps the policy it was settled with.</source>
        <translation>生效季度：%1 已结账。版本只能在最近的已结账季度 %2 之后生效，因为已结账季度保留其结算时的政策。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this version are not saved. Discard them?</source>
        <translation>此版本的更改尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The version effective from %1 already settled closed quarters (the last is %2). A closed quarter keeps the policy it was settled with, so these rules will be stored as a new version. From which quarter should it apply? It must come after %2.</source>
        <translation>自 %1 生效的版本已用于结算已结账季度（最近为 %2）。已结账季度保留其结算时的政策，因此这些规则将保存为新版本。应从哪个季度开始生效？必须晚于 %2。</translation>
    </message>
</context>
<context>
    <name>cs::PolicyForm</name>
    <message>
        <location filename="../../ui/incentives/PolicyForm.cpp" line="+80"/>
        <location line="+9"/>
        <location line="+271"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Achievement and growth</source>
        <translation>达成与增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special rebates and discounts</source>
        <translation>专项返点与折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-funding, penalties and budget</source>
        <translation>联合推广补贴、处罚与预算</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whole amount: the band&apos;s rate applies to all of the period&apos;s sales. Progressive: each slice of sales earns the rate of the band it falls in.</source>
        <translation>全额：按所在档的比例计算本期全部销售额。累进：各段销售额分别按其所在档的比例计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annual: settled once, in the fourth quarter, on the year&apos;s summed targets and sales.</source>
        <translation>年度：在第四季度按全年目标和销售额合计一次性结算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target-achievement rebate (actual sales / target)</source>
        <translation>目标达成返点（实际销售额 / 目标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled:</source>
        <translation>结算：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quarterly growth rebate (year over year, on top)</source>
        <translation>季度增长返点（同比，另行叠加）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth compares the quarter&apos;s sales with the same quarter last year. No bands: no growth rebate.</source>
        <translation>增长率按本季度销售额与去年同期比较。未设档则无增长返点。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate %</source>
        <translation>返点率 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add special rebate</source>
        <translation>添加专项返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Special rebates: a rate on one product line&apos;s sales within dates</source>
        <translation>专项返点：在指定日期内按某一产品线的销售额计提返点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other rebates</source>
        <translation>其他返点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus per new customer:</source>
        <translation>每个新客户奖励：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash discount on collections:</source>
        <translation>按回款额计的现金折扣：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joint-marketing co-funding: share of a claim paid, by tier</source>
        <translation>联合市场支持：按等级支付申请金额的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Penalties catalogue: what a recorded penalty costs by default</source>
        <translation>约束扣款目录：记录一次违规时的默认扣款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the quarter&apos;s rebates forfeited</source>
        <translation>扣除本季度返点的比例</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive budget per quarter:</source>
        <translation>每季度激励预算：</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Achievement bands: %1</source>
        <translation>达成率档位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth bands: %1</source>
        <translation>增长档位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special rebate %1</source>
        <translation>专项返点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no product line.</source>
        <translation>%1：未指定产品线。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bonus per new customer</source>
        <translation>每个新客户奖励</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash discount</source>
        <translation>现金折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-funding share for %1</source>
        <translation>%1 的联合市场支持比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty for %1</source>
        <translation>%1 的扣款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: forfeiting 0 % costs nothing; choose a fixed amount of ¥0.00 instead.</source>
        <translation>%1：扣除 0 % 等于不扣款；请改选固定金额 ¥0.00。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget per quarter</source>
        <translation>每季度预算</translation>
    </message>
</context>
<context>
    <name>cs::PolicyStore</name>
    <message>
        <location filename="../../core/storage/PolicyStore.cpp" line="+30"/>
        <source>Policy version %1 in the workbook is damaged: %2</source>
        <translation>工作簿中的政策版本 %1 已损坏：%2</translation>
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
    <name>cs::RecordTexts</name>
    <message>
        <location filename="../../ui/incentives/RecordTexts.cpp" line="+18"/>
        <source>no rule in force</source>
        <translation>无生效规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forfeits %1 of the quarter&apos;s rebates</source>
        <translation>扣除本季度返点的 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim %1 × %2 = %3</source>
        <translation>申请金额 %1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; capped by the approved %2</source>
        <translation>%1；以批准金额 %2 为上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; capped by the remaining budget %2</source>
        <translation>%1；以剩余预算 %2 为上限</translation>
    </message>
</context>
<context>
    <name>cs::RejectsFile</name>
    <message>
        <location filename="../../core/import/RejectsFile.cpp" line="+29"/>
        <source>The rejected rows could not be written to %1: %2</source>
        <translation>被拒绝的行无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Source row</source>
        <translation>原行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>cs::ReportOutput</name>
    <message>
        <location filename="../../ui/print/ReportOutput.cpp" line="+63"/>
        <source>Nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; %1 was not written.</source>
        <translation>已取消；未写入 %1。</translation>
    </message>
</context>
<context>
    <name>cs::ReportPage</name>
    <message>
        <location filename="../../ui/print/ReportPage.cpp" line="+53"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>cs::ResultSink</name>
    <message>
        <location filename="../../core/import/ResultSink.cpp" line="+33"/>
        <source>Row %1 already has this partner&apos;s results for %2.</source>
        <translation>第 %1 行已有该伙伴 %2 的业绩。</translation>
    </message>
</context>
<context>
    <name>cs::RowFields</name>
    <message>
        <location filename="../../core/import/RecordSink.cpp" line="-120"/>
        <source>The cell is empty, and this column is required.</source>
        <translation>单元格为空，而此列为必填。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A count cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This percentage cannot be more than 100 %.</source>
        <translation>此百分比不能超过 100%。</translation>
    </message>
</context>
<context>
    <name>cs::ScenarioCostChart</name>
    <message>
        <location filename="../../ui/incentives/ScenarioCostChart.cpp" line="+18"/>
        <source>Current policy</source>
        <translation>现行政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost by tier (¥10,000)</source>
        <translation>各等级成本（万元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost by tier (¥ thousand)</source>
        <translation>各等级成本（千元）</translation>
    </message>
</context>
<context>
    <name>cs::ScenarioPanel</name>
    <message>
        <location filename="../../ui/incentives/ScenarioPanel.cpp" line="+49"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below every band</source>
        <translation>低于所有档位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy current policy</source>
        <translation>复制现行政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new policy version…</source>
        <translation>另存为新政策版本…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Achievement bands</source>
        <translation>达成率档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth bands (year over year)</source>
        <translation>增长档位（同比）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Achievement mode:</source>
        <translation>达成返点计算方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash discount:</source>
        <translation>现金折扣：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus per new customer:</source>
        <translation>每个新客户奖励：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current policy</source>
        <translation>现行政策</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band now</source>
        <translation>当前档位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band in scenario</source>
        <translation>方案中档位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total now</source>
        <translation>当前合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total in scenario</source>
        <translation>方案中合计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners whose achievement band changes</source>
        <translation>达成率档位发生变化的伙伴</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The workbook could not be read: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Achievement bands: %1</source>
        <translation>达成率档位：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth bands: %1</source>
        <translation>增长档位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash discount: %1</source>
        <translation>现金折扣：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus per new customer: %1</source>
        <translation>每个新客户奖励：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No incentive policy is in force for %1: there is nothing to compare with.</source>
        <translation>%1 没有生效的激励政策，无可比较。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a quarter to compare a scenario with its policy.</source>
        <translation>请选择一个季度，将方案与该季度的政策进行比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario — not applied. It is compared with the policy in force for %1 (effective from %2); nothing is stored unless you save it as a new policy version.</source>
        <translation>方案 — 未应用。与 %1 生效的政策（自 %2 起生效）进行比较；除非另存为新政策版本，否则不会保存任何数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the scenario&apos;s problems to see its cost.</source>
        <translation>请先修正方案中的问题，再查看其成本。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The scenario costs the same as the current policy in %1.</source>
        <translation>在 %1，方案的成本与现行政策相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenario costs %1 in %2; the current policy costs nothing.</source>
        <translation>在 %2，方案成本为 %1；现行政策无成本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scenario costs %1 more than the current policy in %2 (%3).</source>
        <translation>在 %2，方案成本比现行政策多 %1（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario costs %1 less than the current policy in %2 (%3).</source>
        <translation>在 %2，方案成本比现行政策少 %1（%3）。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n partner(s) move band.</source>
        <translation>
            <numerusform>%n 个伙伴换档。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The scenario becomes a new policy version. From which quarter should it apply? It must come after %1, the last closed quarter.</source>
        <translation>该方案将成为新的政策版本。应从哪个季度开始适用？必须晚于最近已关闭的季度 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scenario becomes a new policy version. From which quarter should it apply?</source>
        <translation>该方案将成为新的政策版本。应从哪个季度开始适用？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From scenario</source>
        <translation>来自方案</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardBatch</name>
    <message>
        <location filename="../../ui/scorecard/ScorecardBatch.cpp" line="+39"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing scorecards…</source>
        <translation>正在生成计分卡…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch PDF</source>
        <translation>批量 PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 scorecards written…</source>
        <translation>已生成 %1 / %2 份计分卡…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; %1 was not written.</source>
        <translation>已取消；未写入 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled; the %Ln finished file(s) are kept in %1.</source>
        <translation>
            <numerusform>已取消；已完成的 %Ln 个文件保留在 %1 中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %Ln page(s) to %1 in %2 s</source>
        <translation>
            <numerusform>已将 %Ln 页写入 %1，用时 %2 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ScorecardBook</name>
    <message>
        <location filename="../../core/scorecard/ScorecardCard.cpp" line="+77"/>
        <source>There is no partner with the code “%1”.</source>
        <translation>不存在编号为“%1”的伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardCharts</name>
    <message numerus="yes">
        <location filename="../../ui/print/ScorecardCharts.cpp" line="+52"/>
        <source>Overall score, last %n quarter(s)</source>
        <translation>
            <numerusform>综合得分，最近 %n 个季度</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel average</source>
        <translation>渠道平均</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardFilterBar</name>
    <message>
        <location filename="../../ui/scorecard/ScorecardFilterBar.cpp" line="+19"/>
        <source>Step through:</source>
        <translation>浏览范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Watch list only</source>
        <translation>仅重点关注(&amp;W)</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardPages</name>
    <message>
        <location filename="../../ui/print/ScorecardRenderer.cpp" line="+181"/>
        <source>Partner scorecard %1 %2</source>
        <translation>伙伴计分卡 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner scorecards %1</source>
        <translation>伙伴计分卡 %1</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardPdf</name>
    <message>
        <location filename="../../ui/print/ScorecardPdf.cpp" line="+46"/>
        <source>No partner matches: nothing to print.</source>
        <translation>没有匹配的伙伴：无可打印内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardRenderer</name>
    <message>
        <location filename="../../ui/print/ScorecardRenderer.cpp" line="-137"/>
        <source>Partner Scorecard</source>
        <translation>伙伴计分卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>channel %1 / %2</source>
        <translation>渠道 %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1 / %2</source>
        <translation>等级 %1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region %1 / %2</source>
        <translation>区域 %1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank: %1</source>
        <translation>排名：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked: no KPI has data for this quarter.</source>
        <translation>未排名：本季度所有指标均无数据。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 vs %2</source>
        <translation>%1（较 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score for %1</source>
        <translation>%1 无得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grade</source>
        <translation>等第</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/print/ScorecardSections.cpp" line="+40"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (lower is better)</source>
        <translation>%1（越低越好）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Incentive</source>
        <translation>激励</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive · %1</source>
        <translation>激励 · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No incentive statement: no policy is in force for this quarter.</source>
        <translation>无激励对账单：本季度没有生效的政策。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales %1 against a target of %2</source>
        <translation>销售额 %1，目标 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on the watch list.</source>
        <translation>不在重点关注名单。</translation>
    </message>
    <message>
        <location filename="../../ui/print/ScorecardOkrSections.cpp" line="+17"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (%3 %)</source>
        <translation>%1 — %2（%3 %）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No OKRs for this quarter.</source>
        <translation>本季度没有 OKR。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no key results</source>
        <translation>无关键结果</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>+%n more objective(s)</source>
        <translation>
            <numerusform>另有 %n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+%n more key result(s)</source>
        <translation>
            <numerusform>另有 %n 个关键结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Improvement notes</source>
        <translation>改进备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No improvement notes for this quarter.</source>
        <translation>本季度没有改进备注。</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardStore</name>
    <message>
        <location filename="../../core/storage/ScorecardStore.cpp" line="+219"/>
        <source>The KPI catalogue in the workbook is damaged (%1); the default catalogue is used until one is saved again.</source>
        <translation>工作簿中的指标目录已损坏（%1）；在重新保存之前使用默认目录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The KPI catalogue in the workbook cannot be used (%1); the default catalogue is used until one is saved again.</source>
        <translation>工作簿中的指标目录无法使用（%1）；在重新保存之前使用默认目录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The KPI catalogue was not saved: %1</source>
        <translation>指标目录未保存：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A KPI value needs the code of its KPI.</source>
        <translation>指标值需要对应指标的编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A KPI value must be a fraction with a positive denominator.</source>
        <translation>指标值必须是分母为正的分数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A KPI value needs a quarter.</source>
        <translation>指标值需要季度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner is no longer in the workbook.</source>
        <translation>该伙伴已不在工作簿中。</translation>
    </message>
</context>
<context>
    <name>cs::ScorecardView</name>
    <message>
        <location filename="../../ui/scorecard/ScorecardView.cpp" line="+62"/>
        <source>Next Partner</source>
        <translation>下一个伙伴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Partner</source>
        <translation>上一个伙伴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next partner in code order (Page Down, Alt+Right)</source>
        <translation>按编号顺序的下一个伙伴（Page Down、Alt+Right）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous partner in code order (Page Up, Alt+Left)</source>
        <translation>按编号顺序的上一个伙伴（Page Up、Alt+Left）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;artner:</source>
        <translation>伙伴(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code or name</source>
        <translation>编号或名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch PDF…</source>
        <translation>批量 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every partner&apos;s scorecard, or the filter&apos;s, into PDF files</source>
        <translation>将全部伙伴或筛选结果的计分卡输出为 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit OKRs and Notes…</source>
        <translation>编辑 OKR 与备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter KPI Values…</source>
        <translation>录入 KPI 值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit margin, repurchase and the other KPIs entered per partner</source>
        <translation>按伙伴录入的利润率、复购率等 KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI Catalogue…</source>
        <translation>KPI 目录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The KPIs, their weights and targets, and the grade thresholds</source>
        <translation>KPI 及其权重、目标，以及等级阈值</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>No quarter has results yet. Import quarterly results to score the partners.</source>
        <translation>尚无任何季度的业绩数据。请导入季度业绩以对伙伴评分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner has a scorecard for %1.</source>
        <translation>%1 没有任何伙伴的计分卡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner matches the filter.</source>
        <translation>没有符合筛选条件的伙伴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Which scorecards?</source>
        <translation>打印哪些计分卡？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;Partner (%1)</source>
        <translation>当前伙伴（%1）(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All %1 in the Filter</source>
        <translation>筛选结果中的全部 %1 个(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Print Preview — %n Scorecard(s)</source>
        <translation>
            <numerusform>打印预览 — %n 份计分卡</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Print %n Scorecard(s)</source>
        <translation>
            <numerusform>打印 %n 份计分卡</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scorecards-%1</source>
        <translation>计分卡-%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Batch PDF</source>
        <translation>批量 PDF</translation>
    </message>
</context>
<context>
    <name>cs::Scoring</name>
    <message>
        <location filename="../../core/scorecard/Scoring.cpp" line="+55"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 has no data; its weight went to the other %2 KPIs.</source>
        <translation>
            <numerusform>%1无数据；其权重已分配给%2维度的其他指标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No KPI of %1 has data; its weight went to the other families.</source>
        <translation>
            <numerusform>%1维度没有任何指标有数据；其权重已分配给其他维度。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::SettlementStore</name>
    <message>
        <location filename="../../core/storage/SettlementStore.cpp" line="+96"/>
        <source>The statements frozen for %1 are damaged: %2</source>
        <translation>%1 已冻结的对账单已损坏：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line has no statement</source>
        <translation>有明细行不属于任何对账单</translation>
    </message>
</context>
<context>
    <name>cs::SheetPreviewModel</name>
    <message>
        <location filename="../../ui/import/SheetPreviewModel.cpp" line="+94"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 · %2</source>
        <comment>column letter · header</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1 is not imported.</source>
        <translation>第 %1 列不导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column %1 is imported as “%2”.</source>
        <translation>第 %1 列导入为“%2”。</translation>
    </message>
</context>
<context>
    <name>cs::StageSuggestion</name>
    <message>
        <location filename="../../core/capability/StageSuggestion.cpp" line="+11"/>
        <source>Not assessed yet, so no stage is suggested.</source>
        <translation>尚未评估，因此不建议阶段。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Composite %1 reaches %2 and the certification is %3.</source>
        <translation>综合得分 %1 达到 %2，且认证等级为%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composite %1 reaches %2, but the certification (%3) is below %4, which the expert stage needs.</source>
        <translation>综合得分 %1 达到 %2，但认证等级（%3）低于专家型所需的%4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composite %1 is at least %2 and below %3.</source>
        <translation>综合得分 %1 不低于 %2 且低于 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite %1 is below %2.</source>
        <translation>综合得分 %1 低于 %2。</translation>
    </message>
</context>
<context>
    <name>cs::Statement</name>
    <message>
        <location filename="../../core/incentive/StatementLine.cpp" line="+18"/>
        <source>Growth over the same quarter last year %1 (%2 against %3) is in no growth band → no growth rebate</source>
        <translation>同比增长 %1（%2 对比 %3）不在任何增长档位 → 无季度增长返点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Growth over the same quarter last year %1 (%2 against %3) is in the %4 band → %5 × %6 = %7</source>
        <translation>同比增长 %1（%2 对比 %3）落在 %4 档 → %5 × %6 = %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annual achievement %1 (%2 / %3, the year&apos;s sums)</source>
        <translation>年度达成率 %1（%2 / %3，全年合计）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement %1 (%2 / %3)</source>
        <translation>达成率 %1（%2 / %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, progressive: %2 = %3</source>
        <translation>%1，累进：%2 = %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is below every band → no achievement rebate</source>
        <translation>%1低于所有档位 → 无目标达成返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the %2 band → %3 × %4 = %5</source>
        <translation>%1落在 %2 档 → %3 × %4 = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”, paid %2: claim %3 × %4 share</source>
        <translation>“%1”，%2 支付：申请金额 %3 × 支持比例 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, capped at the approved %3</source>
        <translation>%1 = %2，以批准金额 %3 为上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2, capped at %3 by the remaining budget</source>
        <translation>%1 = %2，受剩余预算限制为 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2 (%3): forfeits %4 of the quarter&apos;s rebates %5, limited to the rebates not already forfeited → %6</source>
        <translation>%2 %1（%3）：扣除本季度返点 %5 的 %4，以尚未扣除的返点为限 → %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 (%3): forfeits %4 of the quarter&apos;s rebates %5 → %6</source>
        <translation>%2 %1（%3）：扣除本季度返点 %5 的 %4 → %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 (%3) → %4</source>
        <translation>%2 %1（%3）→ %4</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 sales from %2 to %3: %4 × %5 = %6</source>
        <translation>%1 在 %2 至 %3 的销售额：%4 × %5 = %6</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new customer(s) × %1 = %2</source>
        <translation>
            <numerusform>%n 个新客户 × %1 = %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × collections %2 = %3</source>
        <translation>%1 × 回款额 %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correction of %1&apos;s %2 after its data changed: settled %3, now %4 → %5</source>
        <translation>%1 的数据变更后更正其%2：已结算 %3，现为 %4 → %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No results for the quarter: nothing can be settled until they are imported.</source>
        <translation>本季度无业绩数据：导入之前无法结算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger shows sales but the quarter has no results row, so there is no target: no achievement or growth rebate until the results are imported.</source>
        <translation>销售台账中有销售额，但本季度没有业绩数据，因此没有目标：导入业绩之前不计目标达成返点和季度增长返点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quarter&apos;s target is zero: achievement cannot be measured, so no achievement rebate is paid. Check the target.</source>
        <translation>本季度目标为零：无法计算达成率，因此不支付目标达成返点。请检查目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner has no tier: joint-marketing co-funding cannot be paid until one is set.</source>
        <translation>该伙伴未分级：设置等级之前无法支付联合市场支持。</translation>
    </message>
</context>
<context>
    <name>cs::StatementDetail</name>
    <message>
        <location filename="../../ui/incentives/StatementDetail.cpp" line="+31"/>
        <source>Select a partner to see the statement, line by line.</source>
        <translation>选择一个伙伴，逐行查看其对账单。</translation>
    </message>
</context>
<context>
    <name>cs::StatementExport</name>
    <message>
        <location filename="../../core/report/StatementExport.cpp" line="+84"/>
        <location line="+122"/>
        <source>Partner code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>Partner name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate %</source>
        <translation>返点率 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+112"/>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band rate %</source>
        <translation>档位返点率 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achievement rebate</source>
        <translation>目标达成返点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Growth rebate</source>
        <translation>季度增长返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special rebate</source>
        <translation>专项返点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash discount</source>
        <translation>现金折扣</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-funding</source>
        <translation>联合市场支持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the spreadsheet could not be started</source>
        <translation>无法创建电子表格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheets could not be added</source>
        <translation>无法添加工作表</translation>
    </message>
</context>
<context>
    <name>cs::StatementHtml</name>
    <message>
        <location filename="../../ui/incentives/StatementHtml.cpp" line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview — nothing stored</source>
        <translation>预览 — 未保存任何数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed ✓ on %1</source>
        <translation>已于 %1 关闭 ✓</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No lines: nothing is payable for this quarter.</source>
        <translation>无明细：本季度没有应付款项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>cs::StatementLineJson</name>
    <message>
        <location filename="../../core/storage/StatementLineJson.cpp" line="+326"/>
        <source>A frozen statement line is not readable: %1</source>
        <translation>无法读取已冻结的对账单明细：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A frozen statement line has a damaged “%1” field.</source>
        <translation>已冻结的对账单明细中“%1”字段已损坏。</translation>
    </message>
</context>
<context>
    <name>cs::StatementPages</name>
    <message>
        <location filename="../../ui/print/StatementPages.cpp" line="+79"/>
        <source>Incentive statement %1 %2</source>
        <translation>激励对账单 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incentive statements %1</source>
        <translation>激励对账单 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+90"/>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1：%2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total payable</source>
        <translation>应付合计</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2) — continued</source>
        <translation>%1（%2）— 续</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amounts in yuan, each line rounded half away from zero to the fen; the total is the sum of the lines.</source>
        <translation>金额单位为元，每行按四舍五入精确到分；合计为各行之和。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued by (signature, date)</source>
        <translation>出具人（签字、日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by the partner (signature, date)</source>
        <translation>伙伴确认（签字、日期）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Incentive Statement</source>
        <translation>激励对账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel partner programme</source>
        <translation>渠道伙伴计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No lines: nothing is payable for this quarter.</source>
        <translation>无明细：本季度没有应付款项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cs::StatementPrinter</name>
    <message>
        <location filename="../../ui/incentives/StatementPrinter.cpp" line="+33"/>
        <source>Incentive Statement</source>
        <translation>激励对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel partner programme</source>
        <translation>渠道伙伴计划</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in yuan, each line rounded half away from zero to the fen; the total is the sum of the lines.</source>
        <translation>金额单位为元，每行按四舍五入精确到分；合计为各行之和。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print Statement</source>
        <translation>打印对账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Statements</source>
        <translation>批量打印对账单</translation>
    </message>
</context>
<context>
    <name>cs::StatementTableModel</name>
    <message>
        <location filename="../../ui/incentives/StatementTableModel.cpp" line="+194"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band rate</source>
        <translation>档位返点率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement</source>
        <translation>达成返点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth</source>
        <translation>增长返点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special</source>
        <translation>专项返点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash discount</source>
        <translation>现金折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-funding</source>
        <translation>联合市场支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
</context>
<context>
    <name>cs::StatementsPanel</name>
    <message>
        <location filename="../../ui/incentives/StatementsPanel.cpp" line="+80"/>
        <source>Search code or name</source>
        <translation>搜索编号或名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exceptions only</source>
        <translation>仅显示异常</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+14"/>
        <source>%Ln exception(s)</source>
        <translation>
            <numerusform>%Ln 个例外</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln 份对账单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing %L1</source>
        <translation>显示 %L1 个</translation>
    </message>
</context>
<context>
    <name>cs::Storage</name>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="+416"/>
        <source>Upgrading to version %1 left broken references.</source>
        <translation>升级到版本 %1 后存在失效的引用。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="+43"/>
        <source>The disk did not confirm that the change was stored (an input/output error). It may or may not have been saved: check the disk, then close and reopen the workbook to see what it holds.</source>
        <translation>磁盘未确认更改已写入（输入/输出错误）。更改可能已保存，也可能没有：请检查磁盘，然后关闭并重新打开工作簿查看其内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the workbook is full. Nothing of this change was written; free some space and try again.</source>
        <translation>工作簿所在的磁盘已满。此次更改未写入任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook cannot be changed: its file or disk is read-only, or the file was moved or deleted while open. Nothing of this change was written.</source>
        <translation>无法更改工作簿：其文件或磁盘为只读，或文件在打开期间被移动或删除。此次更改未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error while the workbook was being written (was a drive removed, or is the disk failing?). Nothing of this change was written; check the disk and try again.</source>
        <translation>写入工作簿时磁盘报告错误（是否拔出了驱动器，或磁盘出现故障？）。此次更改未写入任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook&apos;s file, or the journal kept beside it, could not be opened: the disk may have been removed, or its folder cannot be written to. Nothing of this change was written.</source>
        <translation>无法打开工作簿文件或其旁边的日志文件：磁盘可能已被移除，或其文件夹不可写入。此次更改未写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook is busy with a change made elsewhere. Nothing of this change was written; try again in a moment.</source>
        <translation>工作簿正在处理其他地方的更改。此次更改未写入任何内容；请稍后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook is damaged, so the change was not made. Open a backup copy of the workbook instead.</source>
        <translation>工作簿已损坏，更改未执行。请改为打开工作簿的备份副本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workbook could not be updated: %1</source>
        <translation>无法更新工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqliteBackup.cpp" line="+20"/>
        <location line="+21"/>
        <location filename="../../core/storage/Statement.cpp" line="+37"/>
        <source>the database driver gives no SQLite handle</source>
        <translation>数据库驱动未提供 SQLite 句柄</translation>
    </message>
</context>
<context>
    <name>cs::SubIndicatorScores</name>
    <message>
        <location filename="../../core/capability/SubIndicators.cpp" line="+78"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cs::TierConfirmDialog</name>
    <message>
        <location filename="../../ui/tiers/TierConfirmDialog.cpp" line="+30"/>
        <source>Confirm Tier Changes</source>
        <translation>确认等级变更</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tier change(s) from the review of %1. Each is kept in the partner&apos;s tier history, dated, with the reason and who confirmed it.</source>
        <translation>
            <numerusform>%1 评审产生的 %n 项等级变更。每项变更都会连同日期、原因和确认人记入伙伴的等级历史。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new tiers take effect from %1 for incentives and co-funding; %2 and earlier keep the tiers they had.</source>
        <translation>新等级自 %1 起对激励和联合推广分担生效；%2 及之前的季度保留原有等级。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirmed &amp;by:</source>
        <translation>确认人(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Confirm %n Change(s)</source>
        <translation>
            <numerusform>确认 %n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Reason for %1 %2:</source>
        <translation>%1 %2 的原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no change to confirm.</source>
        <translation>没有需要确认的变更。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the tier changes for %1: the reason is kept with each change.</source>
        <translation>请说明 %1 等级变更的原因：原因会随每项变更一并保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who confirms the changes.</source>
        <translation>请填写确认人。</translation>
    </message>
</context>
<context>
    <name>cs::TierCriteria</name>
    <message>
        <location filename="../../core/tier/TierCriteria.cpp" line="+96"/>
        <source>%1: the weight cannot be negative.</source>
        <translation>%1：权重不能为负。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: full marks must be given at a value above zero.</source>
        <translation>%1：满分值必须大于零。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2&apos;s minimum cannot be negative.</source>
        <translation>%1：%2 的最低要求不能为负。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2&apos;s minimum must be a certification level.</source>
        <translation>%1：%2 的最低要求必须是认证等级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The criteria weights add up to %1, not 100.</source>
        <translation>评级标准权重之和为 %1，而不是 100。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certification points must lie within 0–100.</source>
        <translation>认证等级分值必须在 0–100 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier thresholds cannot be negative.</source>
        <translation>分级阈值不能为负。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier thresholds must fall from Diamond to Silver within 0–100 (now Diamond %1, Gold %2, Silver %3).</source>
        <translation>分级阈值必须在 0–100 之间从钻石到银牌递减（当前钻石 %1，金牌 %2，银牌 %3）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The stored tier criteria are damaged and cannot be read.</source>
        <translation>已保存的分级评级标准已损坏，无法读取。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a certification level: write basic, advanced or expert.</source>
        <translation>“%1”不是认证等级：请填写基础、进阶或专家。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Actual sales of the four quarters up to and including the review period.</source>
        <translation>截至评审期（含）的近四个季度实际销售额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product lines the partner sold in those four quarters, out of the lines the whole channel sold in them (sales ledger).</source>
        <translation>该伙伴在这四个季度销售过的产品线占整个渠道同期所售产品线的比例（依据销售台账）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner&apos;s certification level: basic, advanced or expert, each worth its points.</source>
        <translation>伙伴的认证等级：基础、进阶或专家，各计相应分值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer-service score (0–10) of the latest capability assessment up to the end of the review period.</source>
        <translation>截至评审期末最近一次能力评估中的客户服务力评分（0–10）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Market development funds (MDF) paid to the partner for joint marketing in those four quarters.</source>
        <translation>这四个季度中为联合推广向该伙伴支付的市场发展基金 (MDF)。</translation>
    </message>
</context>
<context>
    <name>cs::TierCriteriaDialog</name>
    <message>
        <location filename="../../ui/tiers/TierCriteriaDialog.cpp" line="+20"/>
        <source>The criteria can be used: OK stores them and the review runs again.</source>
        <translation>评级标准有效：点击“确定”即保存并重新评审。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier Criteria</source>
        <translation>分级评级标准</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partner&apos;s score is the weighted sum of five sub-scores of 0–100, each earned in proportion up to its full-marks value. A tier needs its least score and every minimum set for it or a tier below; the rest is Bronze. Values are in each criterion&apos;s unit: yuan, a percentage of the channel&apos;s product lines, a certification level, a service score of 0–10.</source>
        <translation>伙伴得分是五项 0–100 分子得分的加权和，每项按比例计分，达到满分值即得满分。达到某一等级须满足该等级的最低得分，以及为该等级或更低等级设定的每项最低要求；其余伙伴为铜牌。各值采用对应评级标准的单位：元、占渠道产品线的百分比、认证等级、0–10 的服务评分。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The default criteria; stored only with OK</source>
        <translation>默认评级标准；点击“确定”后才保存</translation>
    </message>
</context>
<context>
    <name>cs::TierCriteriaForm</name>
    <message>
        <location filename="../../ui/tiers/TierCriteriaForm.cpp" line="+32"/>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score 0–10</source>
        <translation>分数 0–10</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Criteria</source>
        <translation>评级标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>标准项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full marks at</source>
        <translation>满分值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minimum</source>
        <translation>%1最低要求</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points of 100 this criterion can add to the score</source>
        <translation>该标准项在总分 100 分中最多可计入的分数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points by level, below</source>
        <translation>按认证等级计分，见下方</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>No minimum</source>
        <translation>无最低要求</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The value that earns the full sub-score of 100; less earns proportionally less</source>
        <translation>达到此值即得单项满分 100 分；不足时按比例计分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 requires at least this value (%2); empty: no minimum. A tier also requires the minimums of the tiers below it.</source>
        <translation>%1要求至少达到此值（%2）；留空表示无最低要求。每个等级还须满足其下各等级的最低要求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certification points:</source>
        <translation>认证等级分值：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least score for each tier:</source>
        <translation>各等级最低得分：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>below Silver: %1</source>
        <translation>低于银牌：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No demotion in a partner&apos;s first year (joined less than 12 months before the end of the review period)</source>
        <translation>伙伴首年内不降级（加入时间距评审期结束不足 12 个月）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most one tier down per review</source>
        <translation>每次评审最多降一级</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1, full marks: %2</source>
        <translation>%1，满分值：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: say at which value it earns full marks.</source>
        <translation>%1：请填写达到满分的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 minimum: %3</source>
        <translation>%1，%2最低要求：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weights add up to %1 of 100</source>
        <translation>权重合计 %1 / 100</translation>
    </message>
</context>
<context>
    <name>cs::TierDetail</name>
    <message>
        <location filename="../../ui/tiers/TierDetail.cpp" line="+39"/>
        <source>Select a partner to see each criterion, the reason for the proposal, what is missing for the next tier and the tier history.</source>
        <translation>选择一个伙伴，查看各标准项、建议理由、升入下一等级尚缺的条件以及等级历史。</translation>
    </message>
</context>
<context>
    <name>cs::TierDetailHtml</name>
    <message>
        <location filename="../../ui/tiers/TierDetailHtml.cpp" line="+48"/>
        <source>Confirmed: %1 → %2 from %3</source>
        <translation>已确认：%1 → %2，自 %3 起生效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stays %1</source>
        <translation>保持%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First tier: %1 from %2</source>
        <translation>首次定级：%1，自 %2 起生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2 from %3</source>
        <translation>%1 → %2，自 %3 起生效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no ledger data</source>
        <translation>无台账数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of 4 quarters reported</source>
        <translation>4 个季度中已报 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 lines</source>
        <translation>%1 / %2 条产品线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assessed %1</source>
        <translation>评估于 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Criterion</source>
        <translation>标准项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-score</source>
        <translation>单项分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>计分</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+112"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least score</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimums</source>
        <translation>最低要求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The criteria give the top tier.</source>
        <translation>按评级标准已达最高等级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score %1 of %2&apos;s %3: %4 short.</source>
        <translation>得分 %1，%2需 %3 分：还差 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The score reaches %1&apos;s %2.</source>
        <translation>得分已达到%1的 %2 分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 also requires:</source>
        <translation>%1还要求：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No single criterion can close the gap on its own.</source>
        <translation>没有任何单个标准项能独自弥补差距。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any one of these would close the score gap:</source>
        <translation>满足以下任一项即可弥补得分差距：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No tier changes recorded.</source>
        <translation>暂无等级变更记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirmed by %1 on %2, review of %3.</source>
        <translation>由 %1 于 %2 确认，%3 评审。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>joined %1</source>
        <translation>加入于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review of %1</source>
        <translation>%1 评审</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Criteria tier</source>
        <translation>标准评定等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by</source>
        <translation>保护规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria</source>
        <translation>评级标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each tier needs</source>
        <translation>各等级要求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress to %1</source>
        <translation>晋升%1进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress to the next tier</source>
        <translation>晋升下一等级进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier history</source>
        <translation>等级历史</translation>
    </message>
</context>
<context>
    <name>cs::TierFilterBar</name>
    <message>
        <location filename="../../ui/tiers/TierFilterBar.cpp" line="+21"/>
        <source>Proposals</source>
        <translation>变更建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions</source>
        <translation>升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demotions</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by a protection rule</source>
        <translation>受保护规则限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All partners</source>
        <translation>全部伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All current tiers</source>
        <translation>全部当前等级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search code or name</source>
        <translation>搜索编号或名称</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>showing %L1 of %L2</source>
        <translation>显示 %L1 / %L2</translation>
    </message>
</context>
<context>
    <name>cs::TierReview</name>
    <message>
        <location filename="../../core/tier/TierReview.cpp" line="+119"/>
        <source>First-year protection</source>
        <translation>首年保护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most one tier down</source>
        <translation>最多降一级</translation>
    </message>
</context>
<context>
    <name>cs::TierReviewModel</name>
    <message>
        <location filename="../../ui/tiers/TierReviewModel.cpp" line="+40"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The tier in effect in the review period: the partner keeps it unless this review changes it</source>
        <translation>评审期内生效的等级：除非本次评审予以变更，伙伴将保持该等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best tier whose score threshold and minimums the partner meets</source>
        <translation>伙伴同时满足得分阈值和最低要求的最高等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criteria&apos;s tier after the protection rules: ▲ promotion, ▼ demotion, ✓ already confirmed</source>
        <translation>应用保护规则后的标准评定等级：▲ 升级，▼ 降级，✓ 已确认</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current tier</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria tier</source>
        <translation>标准评定等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by</source>
        <translation>保护规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>cs::TierReviewView</name>
    <message>
        <location filename="../../ui/tiers/TierReviewView.cpp" line="+95"/>
        <source>&amp;Review of:</source>
        <translation>评审季度(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quarter reviewed: the four quarters up to it are measured, and confirmed changes count from the quarter after it</source>
        <translation>评审的季度：按截至该季度的近四个季度考核，确认的变更自下一季度起生效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm Selected…</source>
        <translation>确认所选…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the proposals among the selected rows</source>
        <translation>确认所选行中的变更建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm All…</source>
        <translation>全部确认…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm every proposal the filters show</source>
        <translation>确认筛选结果中的全部变更建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria…</source>
        <translation>评级标准…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights, full marks, minimums and thresholds the review scores with</source>
        <translation>评审计分所用的权重、满分值、最低要求和等级阈值</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No quarter has results yet: import quarterly results to review the tiers.</source>
        <translation>尚无任何季度的业绩：请先导入季度业绩，再进行分级评审。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1：%2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln proposal(s)</source>
        <translation>
            <numerusform>%Ln 项变更建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln promotion(s)</source>
        <translation>
            <numerusform>%Ln 项升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln demotion(s)</source>
        <translation>
            <numerusform>%Ln 项降级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln 项受保护</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %Ln first tier(s)</source>
        <translation>
            <numerusform>，%Ln 项首次定级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %Ln confirmed</source>
        <translation>
            <numerusform>；%Ln 项已确认</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held: partners a protection rule kept from the tier the criteria give (first-year protection, at most one tier down)</source>
        <translation>受保护：因保护规则（首年保护、每次最多降一级）未调整到标准评定等级的伙伴</translation>
    </message>
</context>
<context>
    <name>cs::TierStore</name>
    <message>
        <location filename="../../core/storage/TierStore.cpp" line="+141"/>
        <source>no tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tier criteria in the workbook are damaged (%1); the default criteria are used until they are saved again.</source>
        <translation>工作簿中的评级标准已损坏（%1）；重新保存之前将使用默认评级标准。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tier criteria in the workbook cannot be used (%1); the default criteria are used until they are saved again.</source>
        <translation>工作簿中的评级标准无法使用（%1）；重新保存之前将使用默认评级标准。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tier criteria were not saved: %1</source>
        <translation>评级标准未保存：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>A tier review needs a quarter.</source>
        <translation>分级评审需要指定季度。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Say who confirms the tier changes: the name is kept with each change.</source>
        <translation>请填写等级变更的确认人：该姓名将随每项变更一并记录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A partner of the review is no longer in the workbook: nothing was changed.</source>
        <translation>评审中的某个伙伴已不在工作簿中：未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 appears twice among the changes: nothing was changed.</source>
        <translation>%1 在变更中出现了两次：未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already has a tier change effective from %2 (the review of %3): a review of %4 can no longer change it. Nothing was changed.</source>
        <translation>%1 已有自 %2 起生效的等级变更（%3 评审）：%4 评审不能再更改它。未做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already %2 in %3: nothing to change. Nothing was changed.</source>
        <translation>%1 在 %3 已是%2：无需变更。未做任何更改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 → %2 from %3 (review of %4), confirmed by %5. %6</source>
        <translation>%1 → %2，自 %3 起生效（%4 评审），确认人：%5。%6</translation>
    </message>
</context>
<context>
    <name>cs::TierWords</name>
    <message>
        <location filename="../../core/tier/TierWords.cpp" line="+82"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 more trailing sales to reach %2&apos;s minimum of %3.</source>
        <translation>近四个季度销售额还需增加 %1，才能达到%2的最低要求 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more MDF investment to reach %2&apos;s minimum of %3.</source>
        <translation>MDF 投入还需增加 %1，才能达到%2的最低要求 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 requires market coverage of %2; the ledger shows no sales in the four quarters.</source>
        <translation>%1要求市场覆盖达到 %2；台账显示近四个季度无销售。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more product line(s) to reach %1&apos;s minimum coverage of %2.</source>
        <translation>
            <numerusform>还需增加 %n 条产品线，才能达到%1的最低市场覆盖 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requires %2 certification (has %3).</source>
        <translation>%1要求%2认证（当前：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 requires a customer-service score of %2 (has %3).</source>
        <translation>%1要求客户服务力得分达到 %2（当前：%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s %2</source>
        <translation>%1的 %2 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more trailing sales would raise the score to %2 on its own.</source>
        <translation>仅近四个季度销售额增加 %1，即可将得分提高到%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more MDF investment would raise the score to %2 on its own.</source>
        <translation>仅 MDF 投入增加 %1，即可将得分提高到%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more product line(s) would raise the score to %1 on its own.</source>
        <translation>
            <numerusform>仅增加 %n 条产品线，即可将得分提高到%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 certification would raise the score to %2 on its own.</source>
        <translation>仅取得%1认证，即可将得分提高到%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer-service score of %1 (has %2) would raise the score to %3 on its own.</source>
        <translation>仅客户服务力得分达到 %1（当前：%2），即可将得分提高到%3。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (full marks at %2)</source>
        <translation>%1（满分值 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trailing sales %1</source>
        <translation>近四个季度销售额 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ledger sales</source>
        <translation>台账无销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>market coverage %1 (%2 of %3 product lines)</source>
        <translation>市场覆盖 %1（%2 / %3 条产品线）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no certification</source>
        <translation>无认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 certification</source>
        <translation>%1认证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no capability assessment</source>
        <translation>无能力评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer-service score %1</source>
        <translation>客户服务力得分 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDF investment %1</source>
        <translation>MDF 投入 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top tier.</source>
        <translation>已是最高等级。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Score %1 is %2 short of %3&apos;s %4.</source>
        <translation>得分 %1，距%3的 %4 分还差 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No single criterion can close the gap on its own.</source>
        <translation>没有任何单个标准项能独自弥补差距。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (at least %2)</source>
        <translation>%1（至少 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 reaches %2&apos;s threshold of %3</source>
        <translation>得分 %1 达到%2的阈值 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, and its minimums are met: %2.</source>
        <translation>%1，且满足其最低要求：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>score %1 is below %2&apos;s %3, most points lost on %4</source>
        <translation>得分 %1 低于%2的 %3 分，失分最多的是%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is below %2&apos;s minimum of %3</source>
        <translation>%1低于%2的最低要求 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, where %2 requires %3</source>
        <translation>%1，而%2要求 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bronze: %1.</source>
        <translation>铜牌：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not %1: %2.</source>
        <translation>未达%1：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept at %1: joined on %2, less than a year before the end of %3 (first-year protection).</source>
        <translation>保持%1：加入日期为 %2，距 %3 结束不足一年（首年保护）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowered by one tier only, to %1 (at most one tier down per review).</source>
        <translation>仅下降一级，降至%1（每次评审最多降一级）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already decided in the review of %1: %2 from %3, confirmed by %4 on %5.</source>
        <translation>已在 %1 评审中决定：%2，自 %3 起生效，由 %4 于 %5 确认。</translation>
    </message>
</context>
<context>
    <name>cs::ValueParsers</name>
    <message>
        <location filename="../../core/import/ValueParsers.cpp" line="+81"/>
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
        <location line="+109"/>
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
        <location line="+10"/>
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
        <location line="+7"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be negative here.</source>
        <translation>“%1”在此不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has more than one decimal.</source>
        <translation>“%1”的小数超过一位。</translation>
    </message>
    <message>
        <location filename="../../core/import/ValueParsers.h" line="+136"/>
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
    <name>cs::WatchClearanceRepository</name>
    <message>
        <location filename="../../core/storage/WatchClearanceRepository.cpp" line="+54"/>
        <source>Say why the entry is cleared: the note is kept with the watch-list history.</source>
        <translation>请说明移出的原因：说明会保存在重点关注记录中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This entry was already cleared.</source>
        <translation>这一条已经移出。</translation>
    </message>
</context>
<context>
    <name>cs::WatchList</name>
    <message>
        <location filename="../../core/capability/WatchList.cpp" line="+27"/>
        <source>%1 is %2, below %3.</source>
        <translation>%1为 %2，低于 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 fell by %2, from %3 on %4 to %5 on %6.</source>
        <translation>%1下降了 %2：从 %4 的 %3 降到 %6 的 %5。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No sales target for %1, so its achievement is not counted.</source>
        <translation>%1 没有销售目标，因此不计算其达成率。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %</source>
        <translation>%1：%2%</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sales achievement below %1 % in %n consecutive quarter(s) (%2).</source>
        <translation>
            <numerusform>连续 %n 个季度销售达成率低于 %1%（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Never assessed.</source>
        <translation>从未评估。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No assessment for %n day(s), since %1 (the limit is %2 days).</source>
        <translation>
            <numerusform>自 %1 起已 %n 天未评估（上限为 %2 天）。</numerusform>
        </translation>
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
    <name>cs::WhatIfChart</name>
    <message>
        <location filename="../../ui/incentives/WhatIfChart.cpp" line="+37"/>
        <source>Total incentive by sales</source>
        <translation>不同销售额下的激励总额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total incentive</source>
        <translation>激励总额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This figure</source>
        <translation>当前数值</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales (¥10,000)</source>
        <translation>销售额（万元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales (¥ thousand)</source>
        <translation>销售额（千元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentive (¥10,000)</source>
        <translation>激励（万元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incentive (¥ thousand)</source>
        <translation>激励（千元）</translation>
    </message>
</context>
<context>
    <name>cs::WhatIfPanel</name>
    <message>
        <location filename="../../ui/incentives/WhatIfPanel.cpp" line="+55"/>
        <source>Partner code or name</source>
        <translation>伙伴编号或名称</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partner:</source>
        <translation>伙伴：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales in the quarter:</source>
        <translation>季度销售额：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What-if — nothing here is stored.</source>
        <translation>假设分析 — 此处内容均不保存。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+58"/>
        <source>Pick a partner to see what they earn at a sales figure.</source>
        <translation>选择一个伙伴，查看其在某一销售额下可获得的激励。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workbook could not be read: %1</source>
        <translation>无法读取工作簿：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No incentive policy is in force for %1.</source>
        <translation>%1 没有生效的激励政策。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This partner has no statement in %1: not yet joined, or churned without results.</source>
        <translation>该伙伴在 %1 没有对账单：尚未加入，或已流失且无业绩。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: target %2, actual %3</source>
        <translation>%1：目标 %2，实际 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no results reported</source>
        <translation>%1：未报告业绩</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sales cannot be negative.</source>
        <translation>销售额不能为负数。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>band %1 → %2</source>
        <translation>%1 档 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below every band: no achievement rebate</source>
        <translation>低于所有档位：无目标达成返点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement %1 (%2 of the %3 target), %4.</source>
        <translation>达成率 %1（%2 / 目标 %3），%4。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more sales reaches the %2 band, worth %3 more.</source>
        <translation>再增加 %1 销售额即可达到 %2 档，多得 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top band reached: %1 earns the highest achievement rate, %2.</source>
        <translation>已达最高档：%1 可获得最高达成返点率 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No next band: without a target above zero there is no achievement rebate to reach.</source>
        <translation>没有下一档：目标不大于零时，不存在可达成的目标达成返点。</translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message>
        <location filename="../../core/storage/WorkbookHeader.cpp" line="+32"/>
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
        <location filename="../../core/storage/Workbook.cpp" line="+103"/>
        <location filename="../../core/storage/WorkbookHeader.cpp" line="+3"/>
        <source>“%1” is not a Channel Station workbook (a workbook is a .cwb file). Spreadsheets and CSV files cannot be opened as workbooks.</source>
        <translation>“%1”不是渠道工作站的工作簿（工作簿是 .cwb 文件）。电子表格和 CSV 文件不能作为工作簿打开。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/WorkbookHeader.cpp" line="+5"/>
        <location line="+18"/>
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
        <location filename="../../core/storage/Workbook.cpp" line="-56"/>
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
        <location line="+45"/>
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
        <location line="+8"/>
        <source>“%1” could not be created: the folder “%2” cannot be written to.</source>
        <translation>无法创建“%1”：文件夹“%2”不可写入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>“%1” could not be created: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” is this workbook itself; choose another name for the copy.</source>
        <translation>“%1”就是当前工作簿本身，请为副本另选一个文件名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be written: the folder “%2” cannot be written to.</source>
        <translation>无法写入“%1”：文件夹“%2”不可写入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::WorkbookLock</name>
    <message>
        <location filename="../../core/storage/WorkbookLock.cpp" line="+81"/>
        <source>“%1” is already open in another Channel Station. Close it there first; nothing was changed.</source>
        <translation>“%1”已在另一个渠道工作站中打开。请先在那里关闭它；未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already open in Channel Station on the computer “%2”. Close it there first; nothing was changed.</source>
        <translation>“%1”已在计算机“%2”上的渠道工作站中打开。请先在那里关闭它；未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already open in this Channel Station. Close it there first; nothing was changed.</source>
        <translation>“%1”已在本渠道工作站中打开。请先在那里关闭它；未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already open in Channel Station (process %2 on this computer). Close it there first; nothing was changed.</source>
        <translation>“%1”已在渠道工作站中打开（本机进程 %2）。请先在那里关闭它；未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is on a read-only disk or in a folder that cannot be written to, so it cannot be opened for changes. Copy it to a folder you can write to (such as Documents) and open the copy; nothing was changed.</source>
        <translation>“%1”位于只读磁盘或不可写入的文件夹中，因此无法以可修改方式打开。请将其复制到可写入的文件夹（如“文档”）并打开副本；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cs::WorkbookSession</name>
    <message>
        <location filename="../../ui/WorkbookSession.cpp" line="+76"/>
        <source>“%1” was deleted or moved while it was open, so changes can no longer be saved in it; this change was not made. Use “Save a Copy As…” to keep the workbook&apos;s data.</source>
        <translation>“%1”在打开期间被删除或移动，更改无法再保存到其中；此次更改未执行。请使用“另存副本…”保留工作簿的数据。</translation>
    </message>
</context>
<context>
    <name>cs::XlsxReader</name>
    <message>
        <location filename="../../core/import/XlsxReader.cpp" line="+141"/>
        <source>“%1” is a zip archive but not an Excel workbook: it has no %2.</source>
        <translation>“%1”是 zip 压缩包，但不是 Excel 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>“%1” is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>“%1” cannot be read: it changed or went away while it was being read.</source>
        <translation>无法读取“%1”：读取过程中文件被改动或被移走。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sheet “%1” of “%2”: the workbook does not say where the sheet’s cells are.</source>
        <translation>“%2”的工作表“%1”：工作簿中没有注明该工作表的单元格数据所在位置。</translation>
    </message>
    <message>
        <location filename="../../core/import/XlsxSheetParser.cpp" line="+107"/>
        <source>“%1” is not a row number.</source>
        <translation>“%1”不是有效的行号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 comes after row %2: the rows are out of order, so the file is damaged. Open it in Excel and save it again.</source>
        <translation>第 %1 行出现在第 %2 行之后：行的顺序错乱，文件已损坏。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” is not a cell reference.</source>
        <translation>“%1”不是有效的单元格引用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a cell lies beyond column XFD, the last column a sheet can have.</source>
        <translation>有单元格超出了 XFD 列（工作表的最后一列）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the cell refers to shared string %1, which the workbook does not have.</source>
        <translation>单元格引用了共享字符串 %1，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the cell holds more than 32,767 characters.</source>
        <translation>单元格内容超过 32,767 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sheet “%1” of “%2”, row %3, column %4: %5</source>
        <translation>“%2”的工作表“%1”第 %3 行 %4 列：%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet “%1” of “%2”, row %3: %4</source>
        <translation>“%2”的工作表“%1”第 %3 行：%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet “%1” of “%2”: %3</source>
        <translation>“%2”的工作表“%1”：%3</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../core/import/XlsxReader.cpp" line="+106"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
</TS>
