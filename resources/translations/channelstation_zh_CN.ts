<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cs::AddAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="+29" />
        <source>add the assessment of %1</source>
        <translation>添加 %1 的评估</translation>
    </message>
</context>
<context>
    <name>cs::AddPartnerCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+22" />
        <source>add partner %1</source>
        <translation>添加伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentDialog</name>
    <message>
        <location filename="../../ui/capability/AssessmentDialog.cpp" line="+43" />
        <source>e.g. 5</source>
        <translation>例如 5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>0–100, e.g. 86.5</source>
        <translation>0–100，例如 86.5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 12</source>
        <translation>例如 12</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 25%</source>
        <translation>例如 25%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hours, e.g. 6.5</source>
        <translation>小时，例如 6.5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. 92%</source>
        <translation>例如 92%</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New Assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit Assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Assessor:</source>
        <translation>评估人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter a score from 0 to 10, or leave it empty and enter the measured sub-indicators: the score is then derived from them. An entered score always wins.</source>
        <translation>填写 0–10 的评分；或留空并填写实测的子指标，由子指标换算出评分。直接填写的评分始终优先。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>What was observed, what was agreed</source>
        <translation>观察到的情况、约定的事项</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+23" />
        <source>derived from the sub-indicators</source>
        <translation>由子指标换算</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+10" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Uses the entered score %1.</source>
        <translation>采用填写的评分 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Uses %1, derived: %2.</source>
        <translation>采用换算评分 %1：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Needs a score or a sub-indicator.</source>
        <translation>需要评分或至少一个子指标。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentEditing</name>
    <message>
        <location filename="../../ui/capability/AssessmentEditing.cpp" line="+69" />
        <source>Delete Assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the assessment of %1 on %2? You can undo this.</source>
        <translation>删除 %1 在 %2 的评估？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Clear Watch-List Entry</source>
        <translation>移出重点关注名单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Why can this entry be cleared? The note is kept in the partner's watch-list history, and the entry comes back when new figures still show it.</source>
        <translation>%1

为什么可以移出这一条？说明会保存在该伙伴的重点关注记录中；新的数据仍然符合条件时，这一条会重新出现。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentRepository</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="+99" />
        <source>This partner already has an assessment on %1; edit that one instead.</source>
        <translation>该伙伴在 %1 已有评估，请编辑那一条。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The assessment of %1 is no longer in the workbook.</source>
        <translation>%1 的评估已不在工作簿中。</translation>
    </message>
</context>
<context>
    <name>cs::AssessmentSink</name>
    <message>
        <location filename="../../core/import/AssessmentSink.cpp" line="+48" />
        <source>An exam score runs from 0 to 100.</source>
        <translation>考试成绩应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>A new assessment needs a value in one of: %1.</source>
        <translation>新的评估需要在以下任一项中填写数值：%1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Row %1 already has an assessment of this partner on %2.</source>
        <translation>第 %1 行已有该伙伴在 %2 的评估。</translation>
    </message>
</context>
<context>
    <name>cs::Assessments</name>
    <message>
        <location filename="../../core/capability/Assessment.cpp" line="+11" />
        <source>The assessment needs a date.</source>
        <translation>评估需要日期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The score for %1 must be from 0.0 to 10.0.</source>
        <translation>%1 的评分应在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 needs a score or at least one of its sub-indicators.</source>
        <translation>%1 需要评分或至少一个子指标。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 must be from 0 to %2.</source>
        <translation>%1 应在 0 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityListing</name>
    <message>
        <location filename="../../core/report/CapabilityListing.cpp" line="+142" />
        <source>Code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+0" />
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Latest assessment</source>
        <translation>最近评估</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage code</source>
        <translation>阶段代码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Suggested stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Watch reasons</source>
        <translation>关注原因</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+44" />
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Cleared entries</source>
        <translation>已移出条目</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 (cleared: %2)</source>
        <translation>%1（已移出：%2）</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Partners</source>
        <translation>伙伴数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On the watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(no mentor)</source>
        <translation>（无导师）</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityModel</name>
    <message>
        <location filename="../../core/capability/CapabilityModel.cpp" line="+157" />
        <source>The benchmark is the fixed one set in the rules.</source>
        <translation>标杆为规则中设定的固定值。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The benchmark averages the latest scores of %n excellent partner(s), whose sales over the four quarters to %1 exceed %2.</source>
        <translation>
            <numerusform>标杆为 %n 个优秀伙伴最近评分的平均值，这些伙伴截至 %1 的四个季度销售额超过 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>No benchmark: the %n excellent partner(s) have no assessment by %1. Assess them or set a fixed benchmark.</source>
        <translation>
            <numerusform>没有标杆：%n 个优秀伙伴在 %1 之前都没有评估。请先评估，或设定固定标杆。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>No benchmark: no partner's sales over the four quarters to %1 exceed %2. Lower the threshold or set a fixed benchmark.</source>
        <translation>没有标杆：没有伙伴截至 %1 的四个季度销售额超过 %2。请降低门槛或设定固定标杆。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRadar</name>
    <message>
        <location filename="../../ui/capability/CapabilityRadar.cpp" line="+87" />
        <source>Not assessed yet: there are no scores to draw.</source>
        <translation>尚未评估，没有可绘制的评分。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Channel average</source>
        <translation>渠道平均</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRules</name>
    <message>
        <location filename="../../core/capability/CapabilityRules.cpp" line="+111" />
        <source>The setting %1 holds “%2”, which cannot be read; the default is used.</source>
        <translation>设置 %1 的值“%2”无法读取；已使用默认值。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The weight of %1 must be a whole number from 0 to 100.</source>
        <translation>%1 的权重必须是 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At least one dimension needs a weight above zero.</source>
        <translation>至少一个维度的权重需大于零。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The weak-dimension threshold must be from 0.0 to 10.0.</source>
        <translation>短板门槛必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The drop threshold must be from 0.1 to 10.0.</source>
        <translation>下滑门槛必须在 0.1 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The achievement threshold must be above 0 % and at most 1000 %.</source>
        <translation>达成率门槛必须大于 0% 且不超过 1000%。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The number of consecutive quarters below the achievement threshold must be from 1 to 8.</source>
        <translation>连续低于达成率门槛的季度数必须在 1 到 8 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The days without assessment must be from 1 to 3660.</source>
        <translation>未评估天数必须在 1 到 3660 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The sales of an excellent partner cannot be negative.</source>
        <translation>优秀伙伴的销售额门槛不能为负数。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The fixed benchmark for %1 must be from 0.0 to 10.0.</source>
        <translation>%1 的固定标杆必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The stage thresholds must be from 0.0 to 10.0.</source>
        <translation>阶段门槛必须在 0.0 到 10.0 之间。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The growth stage threshold (%1) cannot be above the expert stage threshold (%2).</source>
        <translation>成长型门槛（%1）不能高于专家型门槛（%2）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The floor and target of %1 must be from 0 to %2.</source>
        <translation>%1 的下限和目标应在 0 到 %2 之间。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The floor and target of %1 cannot be the same.</source>
        <translation>%1 的下限和目标不能相同。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The weight of %1 must be a whole number from 1 to 100.</source>
        <translation>%1 的权重应为 1 到 100 的整数。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The capability rules stored in the workbook cannot be used; the defaults are used.</source>
        <translation>工作簿中保存的能力规则无法使用；已使用默认规则。</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRulesDialog</name>
    <message>
        <location filename="../../ui/settings/CapabilityRulesDialog.cpp" line="+58" />
        <source>Capability Rules</source>
        <translation>能力规则</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Some stored rules could not be used; the form shows the defaults in their place. Storing the form replaces them.</source>
        <translation>部分已保存的规则无法使用，表单中以默认值代替；保存表单将替换它们。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The rules could not be stored: %1</source>
        <translation>规则未能保存：%1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The rules were not stored:</source>
        <translation>规则未保存：</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityRulesPage</name>
    <message>
        <location filename="../../ui/settings/CapabilityRulesPage.cpp" line="+119" />
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（分）。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Puts every rule back to its default; nothing is stored until you apply.</source>
        <translation>将所有规则恢复为默认值；应用之前不会保存。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Composite weights</source>
        <translation>综合分权重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The composite score is the weighted average of the three dimension scores. A weight of 0 leaves that dimension out.</source>
        <translation>综合分是三个维度评分的加权平均；权重为 0 表示不计入该维度。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A dimension scoring exactly this is not weak.</source>
        <translation>恰好等于此分数的维度不算短板。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compared between the two latest assessments.</source>
        <translation>比较最近两次评估。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Actual sales divided by the target, in every one of the quarters below.</source>
        <translation>实际销售额除以目标，以下每个季度都低于该值。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A dimension scores below:</source>
        <translation>维度评分低于：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A dimension falls by at least:</source>
        <translation>维度下降至少：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target achievement below:</source>
        <translation>目标达成率低于：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In consecutive quarters:</source>
        <translation>连续季度数：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No assessment for more than:</source>
        <translation>超过以下天数未评估：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A partner goes on the watch list when any of these holds.</source>
        <translation>满足以下任一条件的伙伴进入重点关注名单。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Average of excellent partners</source>
        <translation>优秀伙伴平均值</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fixed scores</source>
        <translation>固定分值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Last four quarters' sales above:</source>
        <translation>近四个季度销售额超过：</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Each partner's gap is measured against this benchmark, per dimension.</source>
        <translation>每个伙伴按维度与该标杆比较差距。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Growth from composite:</source>
        <translation>成长型起点（综合分）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expert from composite:</source>
        <translation>专家型起点（综合分）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expert needs certification:</source>
        <translation>专家型所需认证：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>or higher</source>
        <translation>或更高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The suggested stage follows the composite score. Without the certification, a partner above the expert threshold is suggested growth.</source>
        <translation>建议阶段依据综合分；未达到所需认证时，超过专家型门槛的伙伴建议为成长型。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sub-indicator</source>
        <translation>子指标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A value at the floor scores 0.0.</source>
        <translation>等于下限时得 0.0 分。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A value at the target scores 10.0.</source>
        <translation>达到目标时得 10.0 分。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relative to the other sub-indicator of the same dimension.</source>
        <translation>相对于同一维度的另一个子指标。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Floor of %1</source>
        <translation>%1 的下限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target of %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <location line="+4" />
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scores from sub-indicators</source>
        <translation>由子指标换算评分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When an assessment gives no score for a dimension, it is worked out from the sub-indicators it has: the floor scores 0.0, the target 10.0, and values between score in proportion. A floor above the target means lower is better. Weights count within a dimension.</source>
        <translation>评估未给出某维度评分时，由已有子指标换算：下限得 0.0 分，目标得 10.0 分，之间按比例计分。下限高于目标表示越低越好。权重在同一维度内比较。</translation>
    </message>
    <message>
        <location line="+71" />
        <source>The sales of an excellent partner cannot be read: %1</source>
        <translation>无法读取优秀伙伴的销售额：%1</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityScoreGrid</name>
    <message>
        <location filename="../../ui/capability/CapabilityScoreGrid.cpp" line="+54" />
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Since previous</source>
        <translation>较上次</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Since ~3 months</source>
        <translation>较约3个月前</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Benchmark</source>
        <translation>标杆</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gap to benchmark</source>
        <translation>与标杆差距</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel average</source>
        <translation>渠道平均</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change since the previous assessment</source>
        <translation>与上一次评估相比的变化</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change since the assessment nearest to three months before the latest</source>
        <translation>与最接近最新评估前三个月的那次评估相比的变化</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1 behind</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 ahead</source>
        <translation>领先 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>level</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No benchmark, so the radar shows none and there are no gaps: %1</source>
        <translation>没有标杆，雷达图不显示标杆，也没有差距：%1</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityTableModel</name>
    <message>
        <location filename="../../ui/capability/CapabilityTableModel.cpp" line="+136" />
        <source>%1 · %2</source>
        <comment>watch-list rule · dimension</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 +%2</source>
        <comment>first watch-list reason and how many more</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>On the watch list:</source>
        <translation>重点关注：</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 on %3</source>
        <translation>%1：%3 为 %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 since the assessment of %2</source>
        <translation>自 %2 的评估以来 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Weak: below %1.</source>
        <translation>短板：低于 %1。</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Latest %1 score (0–10); below %2 is weak</source>
        <translation>最新%1评分（0–10）；低于 %2 为短板</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Benchmark %1 minus the partner's score in %2</source>
        <translation>%2 的标杆 %1 减去伙伴评分</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No benchmark, so no gap</source>
        <translation>没有标杆，因此没有差距</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weighted average of the three latest scores</source>
        <translation>三个最新评分的加权平均</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cultivation stage the composite and the certification suggest</source>
        <translation>依据综合分和认证等级建议的培养阶段</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Composite</source>
        <translation>综合分</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 gap</source>
        <comment>the gap to the benchmark in a dimension</comment>
        <translation>%1差距</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityTrendChart</name>
    <message>
        <location filename="../../ui/capability/CapabilityTrendChart.cpp" line="+95" />
        <source>No assessments to draw over time.</source>
        <translation>没有可绘制趋势的评估。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Weak below %1</source>
        <translation>低于 %1 为短板</translation>
    </message>
</context>
<context>
    <name>cs::CapabilityView</name>
    <message>
        <location filename="../../ui/capability/CapabilityView.cpp" line="+43" />
        <source>Score distribution</source>
        <translation>评分分布</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Search code, name or mentor</source>
        <translation>搜索编号、名称或导师</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All suggested stages</source>
        <translation>全部建议阶段</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the watch list only</source>
        <translation>仅重点关注</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Clear the score filter</source>
        <translation>清除评分筛选</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Latest scores per whole point. Click a bar to list those partners; click it again to show everyone.</source>
        <translation>按整分统计最新评分。点击柱形列出这些伙伴；再次点击显示全部。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Capability as of %1</source>
        <translation>截至 %1 的能力情况</translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln on the watch list</source>
        <translation>
            <numerusform>重点关注 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>showing %L1</source>
        <translation>显示 %L1 个</translation>
    </message>
</context>
<context>
    <name>cs::Choice</name>
    <message>
        <location filename="../../core/domain/Partner.cpp" line="+7" />
        <source>Internal sales team</source>
        <translation>内部销售团队</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales office</source>
        <translation>外设销售机构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Independent representative</source>
        <translation>独立销售代表</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bronze</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced</source>
        <translation>进阶</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Entry</source>
        <translation>入门型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Growth</source>
        <translation>成长型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expert stage</source>
        <translation>专家型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../core/capability/Dimension.cpp" line="+7" />
        <source>Product understanding</source>
        <translation>产品理解力</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales execution</source>
        <translation>销售执行力</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer service</source>
        <translation>客户服务力</translation>
    </message>
    <message>
        <location filename="../../core/capability/WatchList.cpp" line="+10" />
        <source>Weak dimension</source>
        <translation>能力短板</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Falling score</source>
        <translation>能力下滑</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low sales achievement</source>
        <translation>达成率偏低</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessment overdue</source>
        <translation>评估逾期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never assessed</source>
        <translation>从未评估</translation>
    </message>
    <message>
        <location filename="../../core/capability/SubIndicators.cpp" line="+12" />
        <source>Core products mastered</source>
        <translation>掌握核心产品数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product exam score</source>
        <translation>产品考试成绩</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer visits in 30 days</source>
        <translation>30天客户拜访次数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average response time</source>
        <translation>平均响应时长</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
</context>
<context>
    <name>cs::ClearWatchEntryCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="+91" />
        <source>clear a watch-list entry</source>
        <translation>移出重点关注条目</translation>
    </message>
</context>
<context>
    <name>cs::Cli</name>
    <message>
        <location filename="../../app/Cli.cpp" line="+48" />
        <source>The workbook file.</source>
        <translation>工作簿文件。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+281" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-276" />
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The folder with the demo spreadsheets.</source>
        <translation>存放演示电子表格的文件夹。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../app/main.cpp" line="+42" />
        <source>channelstation: %1</source>
        <translation>channelstation: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try “channelstation --help”.</source>
        <translation>请运行“channelstation --help”查看帮助。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>channelstation: the output could not be written: %1</source>
        <translation>channelstation: 无法写入输出：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+20" />
        <source>unknown format “%1”; use csv or json.</source>
        <translation>未知格式“%1”；请使用 csv 或 json。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Created the demo workbook %1 with %n partner(s).</source>
        <translation>
            <numerusform>已创建演示工作簿 %1，包含 %n 个伙伴。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>unknown kind “%1”; use partners, results, assessments or ledger.</source>
        <translation>未知的类别“%1”；请用 partners、results、assessments 或 ledger。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>name one file to import.</source>
        <translation>请指定一个要导入的文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown encoding “%1”; use utf-8, gb18030, utf-16le or utf-16be.</source>
        <translation>未知的编码“%1”；请用 utf-8、gb18030、utf-16le 或 utf-16be。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--rejects goes with --valid-only.</source>
        <translation>--rejects 需与 --valid-only 一起使用。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Column %1 “%2” matches no field of %3 and was ignored.</source>
        <translation>第 %1 列“%2”不对应%3的任何字段，已忽略。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Nothing was imported: %n row(s) have problems. Fix them, or import the valid rows with --valid-only.</source>
        <translation>
            <numerusform>未导入任何数据：有 %n 行存在问题。请修正后重试，或用 --valid-only 只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected rows written to %1</source>
        <translation>被拒绝的行已写入 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>List the partners of a workbook.</source>
        <translation>列出工作簿中的伙伴。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List each partner's capability scores, gaps, stage and watch reasons.</source>
        <translation>列出每个伙伴的能力评分、差距、阶段和关注原因。</translation>
    </message>
    <message>
        <location line="-12" />
        <source>The date to judge at (default: today).</source>
        <translation>评判所依据的日期（默认：今天）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+15" />
        <source>List each mentor with their partners and how many are on the watch list.</source>
        <translation>列出每位导师负责的伙伴数以及其中重点关注的数量。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create an empty workbook.</source>
        <translation>新建空白工作簿。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create the demo workbook from the spreadsheets in a folder.</source>
        <translation>用文件夹中的电子表格创建演示工作簿。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import a spreadsheet (.xlsx, .csv) into a workbook.</source>
        <translation>将电子表格（.xlsx、.csv）导入工作簿。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What the file holds: partners, results, assessments or ledger.</source>
        <translation>文件内容：partners（伙伴）、results（季度业绩）、assessments（能力评估）或 ledger（销售台账）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The sheet to read (.xlsx; default: the first with data).</source>
        <translation>要读取的工作表（.xlsx；默认：第一个有数据的工作表）。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The text encoding (.csv; default: detected): utf-8, gb18030, utf-16le, utf-16be.</source>
        <translation>文本编码（.csv；默认自动识别）：utf-8、gb18030、utf-16le、utf-16be。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import the valid rows and write the others to a rejects file.</source>
        <translation>导入有效行，其余行写入拒绝文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where the rejected rows go (default: FILE.rejects.csv beside the file).</source>
        <translation>被拒绝行的保存位置（默认：源文件旁的 文件名.rejects.csv）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check everything, write nothing.</source>
        <translation>全部检查，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The spreadsheet to import.</source>
        <translation>要导入的电子表格。</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+10" />
        <source>
“channelstation COMMAND --help” shows a command's options.

Exit codes: 0 success, 1 input rejected (nothing written), 2 usage error, 3 the file cannot be opened as a workbook.
</source>
        <translation>
运行“channelstation COMMAND --help”可查看该命令的选项。

退出码：0 成功；1 输入被拒绝（未写入任何内容）；2 用法错误；3 文件无法作为工作簿打开。
</translation>
    </message>
    <message>
        <location line="+35" />
        <location filename="../../app/main.cpp" line="-3" />
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../app/main.cpp" line="+0" />
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The job to run.</source>
        <translation>要运行的任务。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown language “%1”; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unexpected argument “%1”.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="+8" />
        <source>channelstation: unknown language “%1”; use zh_CN or en.</source>
        <translation>channelstation: 未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+27" />
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
        <location filename="../../core/import/CsvReader.cpp" line="+151" />
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a text file: it looks like an Excel workbook (.xlsx). Import it as a workbook, or save it as CSV first.</source>
        <translation>“%1”不是文本文件，看起来是 Excel 工作簿（.xlsx）。请按 Excel 工作簿导入，或先另存为 CSV。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” is an old Excel .xls file. Save it as .xlsx or CSV in Excel or WPS, then import that.</source>
        <translation>“%1”是旧版 Excel .xls 文件。请先在 Excel 或 WPS 中另存为 .xlsx 或 CSV，再导入另存的文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a text file (it contains binary data).</source>
        <translation>“%1”不是文本文件（包含二进制数据）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This system cannot decode %1 text.</source>
        <translation>当前系统无法解码 %1 编码的文本。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1, row %2, column %3: %4</source>
        <translation>%1 第 %2 行 %3 列：%4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the row has more than %1 columns.</source>
        <translation>该行超过 %1 列。</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+24" />
        <source>the cell holds more than %1 characters.</source>
        <translation>单元格内容超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the text is not valid %1. Choose the file's encoding (for example GB18030) and try again.</source>
        <translation>文本不是有效的 %1 编码。请选择文件的编码（例如 GB18030）后重试。</translation>
    </message>
</context>
<context>
    <name>cs::DeleteAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="-30" />
        <source>delete the assessment of %1</source>
        <translation>删除 %1 的评估</translation>
    </message>
</context>
<context>
    <name>cs::DeletePartnersCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="+68" />
        <source>delete partner %1</source>
        <translation>删除伙伴 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>delete %n partner(s)</source>
        <translation>
            <numerusform>删除 %n 个伙伴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::DemoWorkbook</name>
    <message>
        <location filename="../../core/demo/DemoWorkbook.cpp" line="+44" />
        <source>%1 could not be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::DistributionChart</name>
    <message>
        <location filename="../../ui/capability/DistributionChart.cpp" line="+147" />
        <source>Weak (below %1)</source>
        <translation>短板（低于 %1）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Benchmark %1</source>
        <translation>标杆 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel average %1</source>
        <translation>渠道平均 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+83" />
        <source>%1 %2: %Ln partner(s)</source>
        <translation>
            <numerusform>%1 %2：%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Click to show every partner again.</source>
        <translation>点击重新显示全部伙伴。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Click to list these partners.</source>
        <translation>点击列出这些伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::EditAssessmentCommand</name>
    <message>
        <location filename="../../ui/capability/AssessmentCommands.cpp" line="-30" />
        <source>edit the assessment of %1</source>
        <translation>编辑 %1 的评估</translation>
    </message>
</context>
<context>
    <name>cs::EditPartnerCommand</name>
    <message>
        <location filename="../../ui/partners/PartnerCommands.cpp" line="-39" />
        <source>edit partner %1</source>
        <translation>编辑伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cs::ImportCheckPage</name>
    <message>
        <location filename="../../ui/import/ImportCheckPage.cpp" line="+57" />
        <source>Check and Import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row has been read and checked; nothing is written until you choose Import.</source>
        <translation>所有行均已读取并检查；在您选择“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the file again, say after correcting it in Excel.</source>
        <translation>重新读取文件（例如在 Excel 中修正之后）。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>The first rows of the file, rows with problems highlighted:</source>
        <translation>文件的前若干行，有问题的行已高亮：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Some rows have errors</source>
        <translation>部分行有错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import only if every row is valid (nothing is written otherwise)</source>
        <translation>仅当所有行都有效时才导入（否则不写入任何数据）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the valid rows and write the rejected rows to:</source>
        <translation>导入有效行，并将被拒绝的行写入：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The check was stopped before the end of the file. Nothing has been written; choose Check Again to go on.</source>
        <translation>检查在文件结束前被中止。未写入任何数据；选择“重新检查”继续。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>有 %Ln 行无法按原样导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importing the valid rows gives: %1.</source>
        <translation>只导入有效行的结果：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every row can be imported. Importing gives: %1.</source>
        <translation>所有行均可导入。导入结果：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln value(s) were read with a guess worth checking (notes below).</source>
        <translation>
            <numerusform>有 %Ln 个值是推断读取的，值得核对（见下方提示）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problems and notes: the first %1 of %2.</source>
        <translation>问题和提示：共 %2 条，显示前 %1 条。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problems and notes (select one to find it in the rows below):</source>
        <translation>问题和提示（选中一条可在下方定位到该行）：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the notes (%1)</source>
        <translation>显示提示（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Import is not possible while %Ln row(s) have errors: all or nothing means nothing would be written. Correct the file and choose Check Again, or import only the valid rows.</source>
        <translation>
            <numerusform>有 %Ln 行存在错误，无法导入：“全部或全不”意味着不会写入任何数据。请修正文件后选择“重新检查”，或只导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No row is valid: there is nothing to import.</source>
        <translation>没有有效的行：没有可导入的数据。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the file the rejected rows are written to.</source>
        <translation>选择写入被拒绝行的文件。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Write the Rejected Rows To</source>
        <translation>被拒绝行写入到</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cs::ImportColumnsPage</name>
    <message>
        <location filename="../../ui/import/ImportColumnsPage.cpp" line="+44" />
        <source>Match the Columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the field each column holds. Fields marked * are required; columns set to “(ignore)” are not imported.</source>
        <translation>为每一列选择对应的字段。带 * 的字段为必填；设为“（忽略）”的列不导入。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The row, as the spreadsheet numbers it, whose cells name the columns. Rows above it are not imported.</source>
        <translation>表头所在的行（按电子表格的行号），其单元格为各列命名。表头以上的行不导入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Columns mapped as last time for these headers.</source>
        <translation>已按上次对这些表头的设置对应列。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The first rows as they would be read:</source>
        <translation>前若干行的读取结果：</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Row %1 is blank: choose the row whose cells name the columns.</source>
        <translation>第 %1 行为空：请选择为各列命名的那一行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The header is row %1 of the sheet “%2”.</source>
        <translation>表头位于工作表“%2”的第 %1 行。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The header is row %1 of the file.</source>
        <translation>表头位于文件的第 %1 行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None of the first rows reads like a header: choose the row that names the columns.</source>
        <translation>前若干行中没有像表头的行：请选择为各列命名的那一行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Row %1 looked like the header.</source>
        <translation>原先识别的表头是第 %1 行。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 *</source>
        <comment>a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Another column already has this header's field; this one is ignored unless you choose otherwise.</source>
        <translation>另一列已对应该字段；除非另行选择，此列将被忽略。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not recognised as a field: ignored unless you choose one.</source>
        <translation>未识别为任何字段：除非手动选择，否则忽略。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Every required field has a column.</source>
        <translation>所有必填字段均已对应到列。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Still to choose a column for: %1.</source>
        <translation>以下字段尚未选择对应列：%1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cs::ImportFilePage</name>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="+42" />
        <source>Choose the File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An Excel workbook (.xlsx) or a text export (.csv, .txt). Title rows above the header and notes below it are fine.</source>
        <translation>Excel 工作簿（.xlsx）或文本导出（.csv、.txt）。表头上方的标题行和说明均可保留。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Path of the spreadsheet to import</source>
        <translation>要导入的电子表格路径</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+147" />
        <source>Auto-detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="-139" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Contains:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+55" />
        <source>The sheet “%1” has no data.</source>
        <translation>工作表“%1”没有数据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file has no data.</source>
        <translation>文件没有数据。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Recognised as %1.</source>
        <translation>识别为%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None of the first rows reads like a header of %1: the header row can be chosen on the next page.</source>
        <translation>前若干行中没有像%1表头的行：可在下一页选择表头行。</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Header on row %1, %Ln column(s).</source>
        <translation>
            <numerusform>表头在第 %1 行，共 %Ln 列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Columns will be mapped as last time for these headers.</source>
        <translation>将按上次对这些表头的设置对应列。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Auto-detect (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistory</name>
    <message>
        <location filename="../../core/storage/ImportHistory.cpp" line="+156" />
        <source>That import is no longer in the history.</source>
        <translation>该次导入已不在导入记录中。</translation>
    </message>
    <message>
        <location line="-90" />
        <source>“%1” was undone already.</source>
        <translation>“%1”已撤销过。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the latest import of %1 can be undone; undo the later ones first.</source>
        <translation>只能撤销%1最近的一次导入；请先撤销之后的导入。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Records this import wrote were edited afterwards, so undoing it would lose those edits.</source>
        <translation>此次导入写入的记录之后被修改过，撤销将丢失这些修改。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Partner %1, added by this import, now has results, assessments, ledger lines, watch-list notes or partners of its own. Undo or remove those first.</source>
        <translation>此次导入新增的伙伴 %1 现已有业绩、评估、台账、重点关注说明或下级伙伴。请先撤销或删除这些数据。</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistoryModel</name>
    <message>
        <location filename="../../ui/import/ImportHistoryModel.cpp" line="+73" />
        <source>Undone on %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In effect (cannot be undone now)</source>
        <translation>生效中（目前无法撤销）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In effect (can be undone)</source>
        <translation>生效中（可撤销）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location line="+16" />
        <source>SHA-256 of the file as imported: %1</source>
        <translation>导入时文件的 SHA-256：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undone: what this import wrote was taken back.</source>
        <translation>已撤销：此次导入写入的数据已收回。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the latest import of each kind that is still in effect can be undone.</source>
        <translation>每个类别只能撤销仍生效的最近一次导入。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cs::ImportHistoryView</name>
    <message>
        <location filename="../../ui/import/ImportHistoryView.cpp" line="+23" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undo This Import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Takes back what the selected import wrote. Only the latest import of each kind can be undone, and only while nothing it wrote was changed since.</source>
        <translation>收回所选导入写入的数据。每个类别只能撤销最近一次导入，且仅当其写入的数据之后未被修改。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No imports yet. Import brings partners, quarterly results, capability assessments or the sales ledger in from a spreadsheet (or drop the file on the window).</source>
        <translation>尚无导入记录。“导入”可从电子表格导入伙伴、季度业绩、能力评估或销售台账（也可将文件拖到窗口上）。</translation>
    </message>
    <message>
        <location line="+85" />
        <source>%1 (sheet %2)</source>
        <translation>%1（工作表 %2）</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Undo the import of %1 from %2?</source>
        <translation>撤销 %2 对 %1 的导入？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: inserted %2, updated %3. The inserted records are removed and the updated ones get their earlier values back.</source>
        <translation>%1：新增 %2，更新 %3。新增的记录将被删除，更新的记录将恢复原值。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The Import Was Not Undone</source>
        <translation>未能撤销导入</translation>
    </message>
</context>
<context>
    <name>cs::ImportKind</name>
    <message>
        <location filename="../../core/import/ImportKind.cpp" line="+19" />
        <source>Partner code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent partner code</source>
        <translation>上级伙伴编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Join date</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actual sales</source>
        <translation>实际销售额</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collections</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+31" />
        <source>Customer visits in 30 days</source>
        <translation>30 天内客户拜访次数</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product understanding</source>
        <translation>产品理解力</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales execution</source>
        <translation>销售执行力</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer service</source>
        <translation>客户服务力</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Core products mastered</source>
        <translation>掌握核心产品数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product exam score</source>
        <translation>产品考试成绩</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Average response hours</source>
        <translation>平均响应时长（小时）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>cs::ImportKinds</name>
    <message>
        <location line="+38" />
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quarterly results</source>
        <translation>季度业绩</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Capability assessments</source>
        <translation>能力评估</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales ledger</source>
        <translation>销售台账</translation>
    </message>
</context>
<context>
    <name>cs::ImportProgress</name>
    <message>
        <location filename="../../ui/import/ImportProgress.cpp" line="+14" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>cs::ImportReportModel</name>
    <message>
        <location filename="../../ui/import/ImportReportModel.cpp" line="+56" />
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · %2</source>
        <comment>column letter · header</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>cs::ImportSources</name>
    <message>
        <location filename="../../core/import/ImportSource.cpp" line="+101" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cs::ImportWizard</name>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="+21" />
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Import Stopped</source>
        <translation>导入已中止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The import of %1 was stopped. Nothing was written to the workbook.</source>
        <translation>%1 的导入已中止。未向工作簿写入任何数据。</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>Nothing Imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location line="-8" />
        <source>%1 now has rows with errors, so nothing was written. The check below is up to date.</source>
        <translation>%1 现在有出错的行，因此未写入任何数据。下方的检查结果已更新。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 could not be imported. Nothing was written.</source>
        <translation>%1 无法导入。未写入任何数据。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Imported %1: %2.</source>
        <translation>已导入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln existing record(s) changed; the details list them.</source>
        <translation>
            <numerusform>%Ln 条已有记录被修改；详情中列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The rejected rows were written to %1, with the reason for each: correct them there and import that file.</source>
        <translation>被拒绝的行已写入 %1，并附有每行的原因：在该文件中修正后再导入即可。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import History can undo this import.</source>
        <translation>可在“导入记录”中撤销此次导入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>……另有 %Ln 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Importer</name>
    <message>
        <location filename="../../core/import/Importer.cpp" line="+130" />
        <source>updated %1: %2</source>
        <translation>更新 %1：%2</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+72" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-62" />
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>inserted %1, updated %2, unchanged %3, rejected %4</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1, sheet “%2”</source>
        <translation>%1 的工作表“%2”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: none of the first %2 rows is a header naming the columns of %3.</source>
        <translation>%1：前 %2 行中没有列出%3各列的表头。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the header on row %2 has no column for: %3.</source>
        <translation>%1：第 %2 行的表头缺少以下列：%3。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The rejected rows cannot be written over %1, the file being imported.</source>
        <translation>被拒绝的行不能写入 %1，因为它就是正在导入的文件。</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1: there are no rows below the header on row %2.</source>
        <translation>%1：第 %2 行的表头下方没有数据行。</translation>
    </message>
</context>
<context>
    <name>cs::LedgerSink</name>
    <message>
        <location filename="../../core/import/LedgerSink.cpp" line="+133" />
        <source>Order %1 could not be written.</source>
        <translation>订单 %1 无法写入。</translation>
    </message>
    <message>
        <location line="-9" />
        <location line="+19" />
        <source>Order “%1” is already on row %2 of this file; an order id may appear only once.</source>
        <translation>订单“%1”已在本文件第 %2 行出现；同一订单号只能出现一次。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Order “%1” was imported before with a different partner, date, product line or amount; an imported order is never changed.</source>
        <translation>订单“%1”此前已导入，但伙伴、日期、产品线或金额不同；已导入的订单不会被修改。</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+102" />
        <source>&amp;New Workbook…</source>
        <translation>新建工作簿(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Close Workbook</source>
        <translation>关闭工作簿(&amp;C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import partners, quarterly results, assessments or the sales ledger from a spreadsheet</source>
        <translation>从电子表格导入伙伴、季度业绩、能力评估或销售台账</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Find Partner</source>
        <translation>查找伙伴(&amp;F)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Add Partner</source>
        <translation>添加伙伴(&amp;A)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Delete Partner…</source>
        <translation>删除伙伴(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Capability Rules…</source>
        <translation>能力规则(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weights, watch-list rules, the benchmark, stage thresholds and sub-indicator scales</source>
        <translation>权重、重点关注规则、标杆、阶段门槛和子指标换算</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;About Channel Station</source>
        <translation>关于渠道工作站(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Channel Station workbooks (*.%1);;All files (*)</source>
        <translation>渠道工作站工作簿 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+9" />
        <source>New Workbook</source>
        <translation>新建工作簿</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <location line="+8" />
        <source>Open Workbook</source>
        <translation>打开工作簿</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Upgraded the workbook to this version; the original is kept as %1</source>
        <translation>已将工作簿升级到当前版本；原文件保留为 %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The change was not made</source>
        <translation>未能完成更改</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The partner registry</source>
        <translation>伙伴名册</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every partner's scores, gaps to the benchmark and watch-list reasons</source>
        <translation>每个伙伴的评分、与标杆的差距和重点关注原因</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import History</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What each import wrote, and undoing the latest</source>
        <translation>每次导入写入了什么，并可撤销最近一次</translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+7" />
        <source>Save Workbook As</source>
        <translation>工作簿另存为</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1 copy</source>
        <translation>%1 - 副本</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln active</source>
        <translation>
            <numerusform>合作中 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84" />
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <location line="-95" />
        <location line="+6" />
        <source>Channel Station</source>
        <translation>渠道工作站</translation>
    </message>
    <message>
        <location line="-5" />
        <source>No workbook open</source>
        <translation>未打开工作簿</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%Ln with status Watch</source>
        <translation>
            <numerusform>状态为“重点关注” %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>About Channel Station</source>
        <translation>关于渠道工作站</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Channel Station %1&lt;/h3&gt;&lt;p&gt;The channel manager's workstation: partner registry, capability, scorecards and incentives, offline in one workbook file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;渠道工作站 %1&lt;/h3&gt;&lt;p&gt;渠道经理的工作站：伙伴名册、能力、记分卡与激励，离线保存在一个工作簿文件中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cs::MentorsPanel</name>
    <message>
        <location filename="../../ui/capability/MentorsPanel.cpp" line="+33" />
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partners</source>
        <translation>伙伴数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On the watch list</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share on the list</source>
        <translation>关注占比</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Partners not churned, by mentor. Double-click a mentor to list their partners.</source>
        <translation>按导师统计未流失的伙伴。双击导师列出其伙伴。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(no mentor)</source>
        <translation>（无导师）</translation>
    </message>
</context>
<context>
    <name>cs::Money</name>
    <message>
        <location filename="../../core/money/Money.cpp" line="+140" />
        <source>“%1” is not an amount: %2</source>
        <translation>“%1”不是有效的金额：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unexpected character “%1”</source>
        <translation>包含无效字符“%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location line="+31" />
        <source>more than one sign</source>
        <translation>正负号不止一个</translation>
    </message>
    <message>
        <location line="+36" />
        <source>more than one decimal point</source>
        <translation>小数点不止一个</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+9" />
        <location line="+31" />
        <source>misplaced thousands separator</source>
        <translation>千位分隔符位置不正确</translation>
    </message>
    <message>
        <location line="-25" />
        <source>scientific notation is not accepted, format the cell as a number</source>
        <translation>不支持科学计数法，请将单元格格式设置为数值</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+8" />
        <source>unbalanced parenthesis</source>
        <translation>括号不配对</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” is too large for an amount</source>
        <translation>“%1”超出了金额的允许范围</translation>
    </message>
</context>
<context>
    <name>cs::Partner</name>
    <message>
        <location filename="../../core/domain/Partner.cpp" line="+29" />
        <source>Code</source>
        <translation>伙伴编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>伙伴名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certification</source>
        <translation>认证等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cultivation stage</source>
        <translation>培养阶段</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent partner</source>
        <translation>上级伙伴</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cs::PartnerCapabilityPanel</name>
    <message>
        <location filename="../../ui/capability/PartnerCapabilityPanel.cpp" line="+59" />
        <source>Select a partner to see its capability.</source>
        <translation>选择一个伙伴查看其能力情况。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Suggested stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Watch list</source>
        <translation>重点关注名单</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Assessment history</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+115" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Latest assessment %1</source>
        <translation>最近评估 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>composite %1</source>
        <translation>综合分 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>previous %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>three months before: %1</source>
        <translation>三个月前：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(recorded: %1)</source>
        <translation>（登记：%1）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Clear with a note…</source>
        <translation>填写说明并移出…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Not on the watch list: churned partners are no longer watched.</source>
        <translation>不在重点关注名单：已流失伙伴不再关注。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not on the watch list.</source>
        <translation>不在重点关注名单。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cleared on %1: %2 Note: %3</source>
        <translation>%1 移出：%2 说明：%3</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cleared on %1 (since superseded): %2 Note: %3</source>
        <translation>%1 移出（已被新数据取代）：%2 说明：%3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>History of entries:</source>
        <translation>历次入选记录：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Derived from the sub-indicators (no score was entered)</source>
        <translation>由子指标换算（未填写评分）</translation>
    </message>
</context>
<context>
    <name>cs::PartnerCodes</name>
    <message>
        <location filename="../../core/import/RecordSink.cpp" line="+212" />
        <source>There is no partner with code “%1” in the workbook. Import or add the partner first.</source>
        <translation>工作簿中没有编号为“%1”的伙伴。请先导入或添加该伙伴。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerEditor</name>
    <message>
        <location filename="../../ui/partners/PartnerEditor.cpp" line="+62" />
        <location line="+1" />
        <location line="+1" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. HD-0001</source>
        <translation>例如 HD-0001</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None: reports to the manufacturer</source>
        <translation>无（直属厂商）</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+127" />
        <source>New partner</source>
        <translation>新建伙伴</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add partner</source>
        <translation>添加伙伴</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Created %1 · last changed %2</source>
        <translation>创建于 %1 · 最后修改于 %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No partner selected</source>
        <translation>未选择伙伴</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Choose the parent from the list, or leave it empty.</source>
        <translation>请从列表中选择上级伙伴，或留空。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerRepository</name>
    <message>
        <location filename="../../core/storage/PartnerRepository.cpp" line="+149" />
        <source>Partner “%1” is no longer in the workbook.</source>
        <translation>伙伴“%1”已不在工作簿中。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>“%1” is the parent partner of %n partner(s). Give them another parent first.</source>
        <translation>
            <numerusform>“%1”是 %n 个伙伴的上级伙伴。请先为这些伙伴指定其他上级伙伴。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>“%1” has results, assessments, watch-list notes or sales ledger lines, which would lose their partner. Set the status to Churned instead.</source>
        <translation>“%1”已有业绩、评估、重点关注说明或销售台账，删除后这些数据将失去所属伙伴。请改为将状态设为“已流失”。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerSink</name>
    <message>
        <location filename="../../core/import/PartnerSink.cpp" line="+117" />
        <source>Row %1 already has partner “%2”; a partner may appear only once.</source>
        <translation>第 %1 行已有伙伴“%2”；同一伙伴只能出现一次。</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The parent partner “%1” is on row %2, which was rejected.</source>
        <translation>上级伙伴“%1”在第 %2 行，而该行已被拒绝。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no partner with code “%1” in the workbook or in this file.</source>
        <translation>工作簿和本文件中都没有编号为“%1”的伙伴。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The parent partner's row was rejected.</source>
        <translation>上级伙伴所在的行已被拒绝。</translation>
    </message>
</context>
<context>
    <name>cs::PartnerValidator</name>
    <message>
        <location filename="../../core/domain/PartnerValidator.cpp" line="+12" />
        <source>A partner code is required.</source>
        <translation>请填写伙伴编号。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A partner code cannot contain line breaks or tabs.</source>
        <translation>伙伴编号不能包含换行符或制表符。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code “%1” is already used by %2.</source>
        <translation>伙伴编号“%1”已被 %2 使用。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A partner name is required.</source>
        <translation>请填写伙伴名称。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A partner cannot be its own parent.</source>
        <translation>伙伴不能是自己的上级伙伴。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 reports to this partner, so it cannot also be its parent.</source>
        <translation>%1 隶属于该伙伴，不能同时作为其上级伙伴。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The parent partner is no longer in the workbook.</source>
        <translation>上级伙伴已不在工作簿中。</translation>
    </message>
</context>
<context>
    <name>cs::PartnersView</name>
    <message>
        <location filename="../../ui/partners/PartnersView.cpp" line="+117" />
        <source>Search code, name, region or mentor (Ctrl+F)</source>
        <translation>搜索伙伴编号、名称、区域或导师（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+194" />
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message numerus="yes">
        <location line="-164" />
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %Ln partner(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+181" />
        <source>Delete</source>
        <comment>dialog title</comment>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You can undo this.</source>
        <translation>删除后可通过撤销恢复。</translation>
    </message>
    <message>
        <location line="-151" />
        <source>Unsaved partner details</source>
        <translation>伙伴信息未保存</translation>
    </message>
    <message>
        <location line="-125" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <location line="+125" />
        <source>The partner form has changes that are not saved yet. Save them?</source>
        <translation>伙伴信息有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+147" />
        <source>Delete partner %1 %2?</source>
        <translation>确定要删除伙伴 %1 %2 吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the %n selected partner(s)?</source>
        <translation>
            <numerusform>确定要删除选中的 %n 个伙伴吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::Quarter</name>
    <message>
        <location filename="../../core/domain/Quarter.cpp" line="+137" />
        <source>The quarter is empty.</source>
        <translation>季度为空。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” is not a quarter: write it as 2026Q1 or 2026年第1季度.</source>
        <translation>“%1”不是有效的季度：请写作 2026Q1 或 2026年第1季度。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a quarter: quarters run from 1 to 4.</source>
        <translation>“%1”不是有效的季度：季度只能是 1 到 4。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a quarter: the year must be between %2 and %3.</source>
        <translation>“%1”不是有效的季度：年份必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 Q%2</source>
        <extracomment>A quarter for display: %1 is the year, %2 the quarter 1–4. Chinese: %1年第%2季度</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
</context>
<context>
    <name>cs::RejectsFile</name>
    <message>
        <location filename="../../core/import/RejectsFile.cpp" line="+44" />
        <location line="+13" />
        <location line="+21" />
        <source>The rejected rows could not be written to %1: %2</source>
        <translation>被拒绝的行无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Source row</source>
        <translation>原行号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The rejected rows could not be moved to %1; they are in %2.</source>
        <translation>被拒绝的行无法移动到 %1；它们保存在 %2。</translation>
    </message>
</context>
<context>
    <name>cs::ResultSink</name>
    <message>
        <location filename="../../core/import/ResultSink.cpp" line="+42" />
        <source>Row %1 already has this partner's results for %2.</source>
        <translation>第 %1 行已有该伙伴 %2 的业绩。</translation>
    </message>
</context>
<context>
    <name>cs::RowFields</name>
    <message>
        <location filename="../../core/import/RecordSink.cpp" line="-120" />
        <source>The cell is empty, and this column is required.</source>
        <translation>单元格为空，而此列为必填。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A count cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This percentage cannot be more than 100 %.</source>
        <translation>此百分比不能超过 100%。</translation>
    </message>
</context>
<context>
    <name>cs::SheetPreviewModel</name>
    <message>
        <location filename="../../ui/import/SheetPreviewModel.cpp" line="+94" />
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 · %2</source>
        <comment>column letter · header</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(ignored)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Column %1 is not imported.</source>
        <translation>第 %1 列不导入。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Column %1 is imported as “%2”.</source>
        <translation>第 %1 列导入为“%2”。</translation>
    </message>
</context>
<context>
    <name>cs::StageSuggestion</name>
    <message>
        <location filename="../../core/capability/StageSuggestion.cpp" line="+11" />
        <source>Not assessed yet, so no stage is suggested.</source>
        <translation>尚未评估，因此不建议阶段。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Composite %1 reaches %2 and the certification is %3.</source>
        <translation>综合得分 %1 达到 %2，且认证等级为%3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Composite %1 reaches %2, but the certification (%3) is below %4, which the expert stage needs.</source>
        <translation>综合得分 %1 达到 %2，但认证等级（%3）低于专家型所需的%4。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Composite %1 is at least %2 and below %3.</source>
        <translation>综合得分 %1 不低于 %2 且低于 %3。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Composite %1 is below %2.</source>
        <translation>综合得分 %1 低于 %2。</translation>
    </message>
</context>
<context>
    <name>cs::Storage</name>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="+221" />
        <source>Upgrading to version %1 left broken references.</source>
        <translation>升级到版本 %1 后存在失效的引用。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="+15" />
        <location filename="../../core/storage/Statement.cpp" line="+106" />
        <source>The workbook could not be updated: %1</source>
        <translation>无法更新工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqliteBackup.cpp" line="+20" />
        <location line="+21" />
        <location filename="../../core/storage/Statement.cpp" line="-78" />
        <source>the database driver gives no SQLite handle</source>
        <translation>数据库驱动未提供 SQLite 句柄</translation>
    </message>
</context>
<context>
    <name>cs::SubIndicatorScores</name>
    <message>
        <location filename="../../core/capability/SubIndicators.cpp" line="+73" />
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+2" />
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cs::ValueParsers</name>
    <message>
        <location filename="../../core/import/ValueParsers.cpp" line="+81" />
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+0" />
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1" />
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The cell is empty: it should hold %1.</source>
        <translation>单元格为空：应填写%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is an error value, not %2.</source>
        <translation>“%1”是错误值，不是%2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is a yes/no value, not %2.</source>
        <translation>“%1”是逻辑值（是/否），不是%2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is a date, not %2.</source>
        <translation>“%1”是日期，不是%2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is a formula, not %2: formulas are never calculated on import.</source>
        <translation>“%1”是公式，不是%2：导入时不会计算公式。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“%1” is not an amount: it is not a number.</source>
        <translation>“%1”不是有效的金额：不是数字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is too large for an amount.</source>
        <translation>“%1”超出了金额的允许范围。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a percentage: write it as 92%, 0.92 or 92.</source>
        <translation>“%1”不是有效的百分比：请写作 92%、0.92 或 92。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a percentage: it is negative.</source>
        <translation>“%1”不是有效的百分比：不能为负数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a percentage: it is more than 1000 %.</source>
        <translation>“%1”不是有效的百分比：超过了 1000%。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” has more decimal places than a percentage can keep.</source>
        <translation>“%1”的小数位数超出了百分比可保留的精度。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Read “%1” as %2 %.</source>
        <translation>已将“%1”识别为 %2%。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Read the date %1 as the quarter %2.</source>
        <translation>已将日期 %1 识别为季度 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is not a date: it is not a number.</source>
        <translation>“%1”不是有效的日期：不是数字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a date: Excel day numbers cannot be negative.</source>
        <translation>“%1”不是有效的日期：Excel 日期序号不能为负数。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+10" />
        <source>“%1” is not a date: it is after the year 9999.</source>
        <translation>“%1”不是有效的日期：晚于 9999 年。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>“%1” is not a date: Excel’s day 0 is not a real day.</source>
        <translation>“%1”不是有效的日期：Excel 的第 0 天并不是真实存在的日期。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a date: it is 29 February 1900, a day Excel counts but that never existed.</source>
        <translation>“%1”不是有效的日期：它对应 1900年2月29日，Excel 会计入这一天，但实际上并不存在。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is not a date: a day number in a text cell is not read as a date; format the column as dates or write 2024-03-05.</source>
        <translation>“%1”不是有效的日期：文本单元格中的日期序号不会被识别为日期；请将该列设置为日期格式，或写作 2024-03-05。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a date: write it as 2024-03-05, 2024/3/5 or 2024年3月5日.</source>
        <translation>“%1”不是有效的日期：请写作 2024-03-05、2024/3/5 或 2024年3月5日。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a date: put the year first (2024-03-05), since the order of day and month is ambiguous.</source>
        <translation>“%1”不是有效的日期：日和月的先后顺序无法确定，请将年份写在最前面（2024-03-05）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a date: the year must be between %2 and %3.</source>
        <translation>“%1”不是有效的日期：年份必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1”不是有效的日期：不存在 %2 月。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a date: there is no day 0.</source>
        <translation>“%1”不是有效的日期：不存在 0 日。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a date: no month has %2 days.</source>
        <translation>“%1”不是有效的日期：任何月份都没有 %2 日。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>29th</source>
        <translation>29日</translation>
    </message>
    <message>
        <location line="+0" />
        <source>30th</source>
        <translation>30日</translation>
    </message>
    <message>
        <location line="+0" />
        <source>31st</source>
        <translation>31日</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a date: %2 has no %3 day in %4.</source>
        <translation>“%1”不是有效的日期：%4年%2没有%3。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a whole number: misplaced thousands separator.</source>
        <translation>“%1”不是有效的整数：千位分隔符位置不正确。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is too large for a whole number.</source>
        <translation>“%1”超出了整数的允许范围。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a score: write a number from 0 to 10, such as 8.7.</source>
        <translation>“%1”不是有效的评分：请填写 0 到 10 之间的数字，例如 8.7。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not a score: scores run from 0 to 10.</source>
        <translation>“%1”不是有效的评分：评分范围为 0 到 10。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a score: scores have at most one decimal, such as 8.7.</source>
        <translation>“%1”不是有效的评分：评分最多保留一位小数，例如 8.7。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” cannot be negative here.</source>
        <translation>“%1”在此不能为负数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” has more than one decimal.</source>
        <translation>“%1”的小数超过一位。</translation>
    </message>
    <message>
        <location filename="../../core/import/ValueParsers.h" line="+130" />
        <source>one of the listed values</source>
        <translation>规定的取值之一</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” is not one of: %2.</source>
        <translation>“%1”不是以下取值之一：%2。</translation>
    </message>
</context>
<context>
    <name>cs::WatchClearanceRepository</name>
    <message>
        <location filename="../../core/storage/WatchClearanceRepository.cpp" line="+53" />
        <source>Say why the entry is cleared: the note is kept with the watch-list history.</source>
        <translation>请说明移出的原因：说明会保存在重点关注记录中。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This entry was already cleared.</source>
        <translation>这一条已经移出。</translation>
    </message>
</context>
<context>
    <name>cs::WatchList</name>
    <message>
        <location filename="../../core/capability/WatchList.cpp" line="+27" />
        <source>%1 is %2, below %3.</source>
        <translation>%1为 %2，低于 %3。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 fell by %2, from %3 on %4 to %5 on %6.</source>
        <translation>%1下降了 %2：从 %4 的 %3 降到 %6 的 %5。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No sales target for %1, so its achievement is not counted.</source>
        <translation>%1 没有销售目标，因此不计算其达成率。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 %</source>
        <translation>%1：%2%</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Sales achievement below %1 % in %n consecutive quarter(s) (%2).</source>
        <translation>
            <numerusform>连续 %n 个季度销售达成率低于 %1%（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Never assessed.</source>
        <translation>从未评估。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>No assessment for %n day(s), since %1 (the limit is %2 days).</source>
        <translation>
            <numerusform>自 %1 起已 %n 天未评估（上限为 %2 天）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::WelcomeView</name>
    <message>
        <location filename="../../ui/WelcomeView.cpp" line="+19" />
        <source>Channel Station</source>
        <translation>渠道工作站</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Partners, capability, scorecards and incentives — in one workbook file.</source>
        <translation>伙伴、能力、记分卡与激励——尽在一个工作簿文件中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New workbook…</source>
        <translation>新建工作簿…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open workbook…</source>
        <translation>打开工作簿…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Recent workbooks:</source>
        <translation>最近使用的工作簿：</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>cs::Workbook</name>
    <message>
        <location filename="../../core/storage/Workbook.cpp" line="+48" />
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is a folder, not a workbook.</source>
        <translation>“%1”是文件夹，不是工作簿。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” is empty: it is not a Channel Station workbook.</source>
        <translation>“%1”是空文件，不是渠道工作站工作簿。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a Channel Station workbook (a workbook is a .cwb file). Spreadsheets and CSV files cannot be opened as workbooks.</source>
        <translation>“%1”不是渠道工作站的工作簿（工作簿是 .cwb 文件）。电子表格和 CSV 文件不能作为工作簿打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <location line="+13" />
        <source>“%1” is damaged: the file is cut short (%Ln bytes).</source>
        <translation>
            <numerusform>“%1”已损坏：文件不完整（仅 %Ln 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is damaged: the file is cut short (%2 of %3 bytes). Open a backup copy instead.</source>
        <translation>“%1”已损坏：文件不完整（应为 %3 字节，实际仅 %2 字节）。请改为打开备份副本。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is a database of another program, not a Channel Station workbook.</source>
        <translation>“%1”是其他程序的数据库，不是渠道工作站工作簿。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” was saved by a newer Channel Station (workbook version %2; this one reads up to %3). Update Channel Station to open it; the file was not changed.</source>
        <translation>“%1”由更高版本的渠道工作站保存（工作簿版本 %2；当前程序最高只能读取版本 %3）。请升级渠道工作站后再打开；文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>“%1” is damaged (%2). Open a backup copy instead.</source>
        <translation>“%1”已损坏（%2）。请改为打开备份副本。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is damaged and cannot be read: %2</source>
        <translation>“%1”已损坏，无法读取：%2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“%1” needs upgrading, but its backup copy could not be written (%2). The file was not changed.</source>
        <translation>“%1”需要升级，但无法写入其备份副本（%2）。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” could not be upgraded: %2
The original is kept in “%3”.</source>
        <translation>“%1”升级失败：%2
原文件已保留为“%3”。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” already exists; choose another name.</source>
        <translation>“%1”已存在，请使用其他名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+9" />
        <source>“%1” could not be created: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>“%1” is this workbook itself; choose another name for the copy.</source>
        <translation>“%1”就是当前工作簿本身，请为副本另选一个文件名。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cs::XlsxReader</name>
    <message>
        <location filename="../../core/import/XlsxReader.cpp" line="+176" />
        <source>“%1” is a zip archive but not an Excel workbook: it has no %2.</source>
        <translation>“%1”是 zip 压缩包，但不是 Excel 工作簿：其中没有 %2。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The workbook “%1” has no sheets.</source>
        <translation>Excel 工作簿“%1”中没有任何工作表。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The workbook “%1” has no sheet “%2”; its sheets are %3.</source>
        <translation>Excel 工作簿“%1”中没有工作表“%2”；现有工作表：%3。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is empty, not an Excel workbook.</source>
        <translation>“%1”是空文件，不是 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be read; save it in Excel as an .xlsx workbook without a password.</source>
        <translation>“%1”是 Excel 97–2003 工作簿（.xls）或受密码保护的工作簿，无法读取；请在 Excel 中将其另存为不设密码的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包。</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Sheet “%1” of “%2”: the workbook does not say where the sheet’s cells are.</source>
        <translation>“%2”的工作表“%1”：工作簿中没有注明该工作表的单元格数据所在位置。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>“%1” is not a row number.</source>
        <translation>“%1”不是有效的行号。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>“%1” is not a cell reference.</source>
        <translation>“%1”不是有效的单元格引用。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a cell lies beyond column XFD, the last column a sheet can have.</source>
        <translation>有单元格超出了 XFD 列（工作表的最后一列）。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>the cell refers to shared string %1, which the workbook does not have.</source>
        <translation>单元格引用了共享字符串 %1，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the cell holds more than 32,767 characters.</source>
        <translation>单元格内容超过 32,767 个字符。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Sheet “%1” of “%2”, row %3, column %4: %5</source>
        <translation>“%2”的工作表“%1”第 %3 行 %4 列：%5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sheet “%1” of “%2”, row %3: %4</source>
        <translation>“%2”的工作表“%1”第 %3 行：%4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheet “%1” of “%2”: %3</source>
        <translation>“%2”的工作表“%1”：%3</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the workbook refers to %1, which the file does not contain.</source>
        <translation>工作簿引用了 %1，但文件中没有该部件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 would unpack to more than 1 GiB, which is refused as unsafe.</source>
        <translation>%1 解压后将超过 1 GiB，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 unpacks to more than 1 GiB, which is refused as unsafe.</source>
        <translation>%1 解压后超过了 1 GiB，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 unpacks to more than %2 times its packed size, which is refused as a likely zip bomb.</source>
        <translation>%1 解压后超过压缩大小的 %2 倍，疑似 zip 炸弹，已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 nests XML elements more than %2 levels deep, which is refused as unsafe.</source>
        <translation>%1 中 XML 元素的嵌套超过 %2 层，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 contains a document type declaration (DTD), which workbooks never use and which is refused as unsafe.</source>
        <translation>%1 包含文档类型声明（DTD），而工作簿从不使用 DTD，出于安全考虑已拒绝读取。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not well-formed XML (line %2: %3).</source>
        <translation>%1 不是格式正确的 XML（第 %2 行：%3）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be unpacked; the file is damaged or encrypted.</source>
        <translation>无法解压 %1；文件已损坏或已加密。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
</TS>