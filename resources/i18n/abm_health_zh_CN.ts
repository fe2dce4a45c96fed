<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/about.py" line="+25"/>
        <source>About abm-health</source>
        <translation>关于 abm-health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health %1</source>
        <translation>abm-health %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Offline account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports.</source>
        <translation>离线的基于账户的营销（ABM）健康度工具：可解释的账户健康度、如实的 KPI、干净的 CRM 导入，以及可直接用于董事会的报告。</translation>
    </message>
</context>
<context>
    <name>AccountAddresses</name>
    <message>
        <location filename="../../desktop/shared/wording/addresses.py" line="+25"/>
        <source>%1 (%2, by internal id)</source>
        <translation>%1（%2，按内部 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by external id)</source>
        <translation>%1（%2，按外部 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by domain)</source>
        <translation>%1（%2，按域名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by name)</source>
        <translation>%1（%2，按名称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by part of the name)</source>
        <translation>%1（%2，按名称的一部分）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the internal id %1</source>
        <translation>没有内部 ID 为 %1 的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account has the external id %1</source>
        <translation>没有外部 ID 为 %1 的账户</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: after id: comes the workspace&apos;s number of the account, e.g. id:42</source>
        <translation>%1：id: 后面应为账户在工作区中的编号，例如 id:42</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the id, external id, domain or name %1</source>
        <translation>没有 ID、外部 ID、域名或名称为 %1 的账户</translation>
    </message>
</context>
<context>
    <name>AccountData</name>
    <message>
        <location filename="../../desktop/account/data.py" line="+213"/>
        <source>Account %1 is not in this workspace any more; it may have been removed by an undone import.</source>
        <translation>账户 %1 已不在此工作区中，可能已随一次被撤销的导入而删除。</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../desktop/account/header.py" line="+47"/>
        <source>◀  Portfolio</source>
        <translation>◀  账户组合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the portfolio (Alt+Left)</source>
        <translation>返回账户组合（Alt+Left）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Weekly health score</source>
        <translation>每周健康度评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this score</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>4 周内 %1 %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>open pipeline %1</source>
        <translation>未结销售管道 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal %1</source>
        <translation>续约 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last scored touch %1</source>
        <translation>最近计分接触 %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Weekly health score, last %Ln weeks</source>
        <translation>
            <numerusform>每周健康度评分，最近 %Ln 周</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>健康度评分仍在计算中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notable drivers.</source>
        <translation>没有明显的驱动因素。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>churn likelihood %1 in 90 days</source>
        <translation>90 天内流失可能性 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity likelihood %1 in 90 days</source>
        <translation>90 天内商机可能性 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>NPS %1 (%Ln responses)</source>
        <translation>
            <numerusform>NPS %1（%Ln 份回复）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../desktop/dashboard/account_list_model.py" line="+29"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4 周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AccountLists</name>
    <message>
        <location filename="../../desktop/dashboard/account_lists.py" line="+75"/>
        <source>At risk now</source>
        <translation>当前有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biggest movers over four weeks</source>
        <translation>四周内变动最大</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores as of %1; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>评分截至 %1；从低到高排列，附主要原因。双击打开账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores as of %1; the largest health changes against four weeks earlier, either way.</source>
        <translation>评分截至 %1；与四周前相比健康度变化最大的账户（升降均计）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No health scores yet; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>尚无健康度评分；从低到高排列，附主要原因。双击打开账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No health scores yet; the largest health changes against four weeks earlier, either way.</source>
        <translation>尚无健康度评分；与四周前相比健康度变化最大的账户（升降均计）。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/account/page.py" line="+63"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and deals</source>
        <translation>会议与交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention and NPS</source>
        <translation>留存与 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>备注与下一步行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What moved</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+62"/>
        <source>Opening the account failed</source>
        <translation>打开账户失败</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Opening the account</source>
        <translation>正在打开账户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>健康度评分仍在计算中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What moved could not be worked out</source>
        <translation>无法得出变动原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved the score</source>
        <translation>评分变动原因</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As it stood on %1: the data goes on to %2.</source>
        <translation>显示 %1 当日的状态：数据一直到 %2。</translation>
    </message>
</context>
<context>
    <name>AccountReport</name>
    <message>
        <location filename="../../desktop/reports/account_report.py" line="+50"/>
        <source>Account report</source>
        <translation>账户报告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPIs: this period against the previous one</source>
        <translation>KPI：本期与上期对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KPIs had no data for this account in either period and are left out.</source>
        <translation>有 %1 个 KPI 在两个期间内均无此账户的数据，已略去。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buying committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts are known at this account.</source>
        <translation>此账户没有已知联系人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings and deals</source>
        <translation>会议与交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls or demos booked.</source>
        <translation>未预约任何通话或演示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities.</source>
        <translation>没有商机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next actions</source>
        <translation>备注与下一步行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet.</source>
        <translation>尚无备注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abm-health · data as of %1 · health model v%2</source>
        <translation>abm-health · 数据截至 %1 · 健康度模型 v%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · 数据截至 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2，对比 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This account has no health score yet.</source>
        <translation>此账户尚无健康度评分。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Components (0-100) and their share of the score</source>
        <translation>各分项（0-100）及其在评分中的占比</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 of score</source>
        <translation>%1 · 占评分 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a (%1)</source>
        <translation>不适用（%1）</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>no band</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why: the drivers</source>
        <translation>原因：驱动因素</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Likelihood: n/a (%1)</source>
        <translation>可能性：不适用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood %1: %2</source>
        <translation>%1可能性：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What moved the score from %1 to %2</source>
        <translation>评分从 %1 到 %2 的变动原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to compare: %1.</source>
        <translation>无可比较：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2: %3 points, split by component and cause (the cells add up to the change).</source>
        <translation>%1 至 %2：%3 分，按分项和原因拆分（各单元格之和即为变动值）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Component</source>
        <translation>分项</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Engagement touches per week, last %1 weeks</source>
        <translation>每周参与接触次数，最近 %1 周</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health score, last %1 weekly snapshots</source>
        <translation>健康度评分，最近 %1 次每周快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latest %1 touches</source>
        <translation>最近 %1 次接触</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and NPS</source>
        <translation>留存与 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subscriptions: not a customer yet.</source>
        <translation>没有订阅：尚未成为客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account NPS: %1 from %2 responses (caution: small sample); previous period %3.</source>
        <translation>账户 NPS：%1，来自 %2 份回复（慎用：样本过小）；上期 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 from %2 responses; previous period %3.</source>
        <translation>账户 NPS：%1，来自 %2 份回复；上期 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 (caution: small sample); previous period %2.</source>
        <translation>账户 NPS：%1（慎用：样本过小）；上期 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1; previous period %2.</source>
        <translation>账户 NPS：%1；上期 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS responses and comments</source>
        <translation>NPS 回复与评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NPS responses yet.</source>
        <translation>尚无 NPS 回复。</translation>
    </message>
</context>
<context>
    <name>AddressWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/addresses.py" line="-34"/>
        <source>%1 names %n accounts: %2; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 对应 %n 个账户：%2；请指定其中一个，例如 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 names %n accounts: %2 and %4 more; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 对应 %n 个账户：%2 以及另外 %4 个；请指定其中一个，例如 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../desktop/shared/app_state.py" line="+132"/>
        <source>Reading settings</source>
        <translation>正在读取设置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the workspace</source>
        <translation>正在读取工作区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring account health</source>
        <translation>正在计算账户健康度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Indexing accounts</source>
        <translation>正在为账户建立索引</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Calibrating the likelihood</source>
        <translation>正在校准可能性</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the workspace failed</source>
        <translation>加载工作区失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the workspace</source>
        <translation>正在加载工作区</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the portfolio</source>
        <translation>正在打开账户组合</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <location filename="../../desktop/shared/as_of_control.py" line="+81"/>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every screen as it stood on this day</source>
        <translation>以所选日期当天的状态显示所有页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest data</source>
        <translation>返回最新数据</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As it stood on</source>
        <translation>回看日期</translation>
    </message>
</context>
<context>
    <name>BacktestCommand</name>
    <message>
        <location filename="../../desktop/commands/backtest.py" line="+63"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>用工作区自身的历史数据检验健康度模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score every account at each month end and compare with the next 90 days: AUC, outcome rate per band (customers healthy/watch/at-risk, prospects hot/warm/cold) and lift, the Brier score and the reliability of the calibrated likelihood per decile.</source>
        <translation>在每个月末为所有账户评分，并与之后 90 天的结果比较：AUC、各等级的结果发生率（客户：健康/观察/有风险；潜在客户：热/温/冷）和提升倍数、Brier 分数，以及按十分位划分的校准可能性的可靠度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOML or JSON file of weights (or model fields) to try beside the active model</source>
        <translation>与当前模型并列试用的权重（或模型字段）TOML 或 JSON 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many month ends to test (default 12)</source>
        <translation>要检验的月末个数（默认 12）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no weights file %1</source>
        <translation>权重文件 %1 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 is a folder; name a TOML or JSON file</source>
        <translation>权重文件 %1 是一个文件夹；请指定 TOML 或 JSON 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 may not be read (permission denied)</source>
        <translation>没有读取权重文件 %1 的权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the weights file %1</source>
        <translation>无法读取权重文件 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the weights file %1 is not valid JSON (line %2, column %3)</source>
        <translation>权重文件 %1 不是有效的 JSON（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid JSON</source>
        <translation>权重文件 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML (line %2, column %3)</source>
        <translation>权重文件 %1 不是有效的 TOML（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML</source>
        <translation>权重文件 %1 不是有效的 TOML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 must hold a table of component = weight</source>
        <translation>权重文件 %1 必须包含“分项 = 权重”的表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights file %1: weights must be a table of component = weight</source>
        <translation>权重文件 %1：weights 必须是“分项 = 权重”的表</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>abm-health: not enough dated history to backtest (it needs 90 days of data before a month end and 90 days after it); import more history or run `abm-health demo`.</source>
        <translation>abm-health：带日期的历史数据不足，无法回测（需要某个月末之前 90 天和之后 90 天的数据）；请导入更多历史数据或运行 `abm-health demo`。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model version %1</source>
        <translation>模型版本 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights from %1 (not saved)</source>
        <translation>来自 %1 的权重（未保存）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backtest of %1: %2 month ends %3 to %4, %5-day horizon. AUC %6</source>
        <translation>%1 的回测：%2 个月末（%3 至 %4），%5 天观察期。AUC %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1x</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>observations</source>
        <translation>观测值数</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>outcomes</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auc</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top band</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle band</source>
        <translation>中间等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom band</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lift</source>
        <translation>提升倍数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 n/a</source>
        <translation>%1 不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %3 个中的 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>客户 %1 天内流失的可能性：Brier 分数 %2（仅用基准率时为 %3），每个月末均由其他月末预测；基于 %4 个观测值校准（%5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>潜在客户 %1 天内产生商机的可能性：Brier 分数 %2（仅用基准率时为 %3），每个月末均由其他月末预测；基于 %4 个观测值校准（%5）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>客户 %1 天内流失的可能性：Brier 分数 %2（仅用基准率时为 %3），每个月末均由其他月末预测；基于 %4 个观测值校准。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>潜在客户 %1 天内产生商机的可能性：Brier 分数 %2（仅用基准率时为 %3），每个月末均由其他月末预测；基于 %4 个观测值校准。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observed</source>
        <translation>观测</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../../desktop/commands/backup.py" line="+32"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>写入工作区的一致性副本（SQLite 文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the workspace (safe while the window is open).</source>
        <translation>写入工作区的一致性副本（窗口打开时也可安全执行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the copy (default: next to the workspace, stamped with the time)</source>
        <translation>副本的写入位置（默认：工作区旁边，文件名带时间戳）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health backup: %1.</source>
        <translation>abm-health backup：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 已存在；请另选一个文件名</translation>
    </message>
</context>
<context>
    <name>BandRateModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+255"/>
        <source>Customers: churned</source>
        <translation>客户：已流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>潜在客户：商机</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+44"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>热</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>BatchWords</name>
    <message>
        <location filename="../../desktop/shared/wording/batches.py" line="+16"/>
        <source>There is no import batch %1; `abm-health batches` lists them.</source>
        <translation>没有导入批次 %1；`abm-health batches` 可列出所有批次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 has already been undone.</source>
        <translation>批次 %1 已经撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 is %2, not finished; nothing to undo.</source>
        <translation>批次 %1 的状态为 %2，尚未完成；没有可撤销的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo it first.</source>
        <translation>无法撤销批次 %1：之后的批次 %2 修改了相同的%3；请先撤销该批次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo them first.</source>
        <translation>无法撤销批次 %1：之后的批次 %2 修改了相同的%3；请先撤销这些批次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown table %1; it can&apos;t be undone.</source>
        <translation>该批次引用了未知的表 %1；无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown column %1; it can&apos;t be undone.</source>
        <translation>该批次引用了未知的列 %1；无法撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 from batch %3 refer to the %4 it added; undo batch %3 first.</source>
        <translation>
            <numerusform>无法撤销批次 %1：批次 %3 中的 %Ln 条%2引用了该批次添加的%4；请先撤销批次 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 entered in the app refer to the %3 it added; delete them first, or keep this batch.</source>
        <translation>
            <numerusform>无法撤销批次 %1：在应用中录入的 %Ln 条%2引用了该批次添加的%3；请先删除它们，或保留此批次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <location filename="../../desktop/commands/batches.py" line="+32"/>
        <source>list the import batches (newest first)</source>
        <translation>列出导入批次（最新的在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every import batch: when, which file, what it did, and its status.</source>
        <translation>列出每个导入批次：时间、文件、所做的更改及其状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format (default: table)</source>
        <translation>输出格式（默认：table）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undo an import batch</source>
        <translation>撤销一个导入批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rows an import batch inserted and restore the values it updated.</source>
        <translation>删除导入批次插入的行，并恢复其更新过的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch number (see `batches`)</source>
        <translation>批次编号（见 `batches`）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No imports yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>abm-health undo: %1</source>
        <translation>abm-health undo：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undid batch %1: removed %2 inserted row(s), restored %3 updated row(s).</source>
        <translation>已撤销批次 %1：删除了 %2 个插入的行，恢复了 %3 个更新的行。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+89"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cell is checked against what it should hold; nothing is written yet.</source>
        <translation>逐个单元格检查其内容是否符合要求；目前尚未写入任何数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import nothing if any row is rejected (strict)</source>
        <translation>只要有一行被拒绝就不导入任何数据（严格模式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: save rejected rows to this CSV file</source>
        <translation>可选：将被拒行保存到此 CSV 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems by kind</source>
        <translation>按问题类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems row by row (first %1)</source>
        <translation>逐行列出的问题（前 %1 条）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 rows read: %2 would be added, %3 updated, %4 are unchanged and %5 rejected.</source>
        <translation>共读取 %1 行：将新增 %2 行、更新 %3 行，%4 行无变化，%5 行被拒绝。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+87"/>
        <source>%1: any</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 selected</source>
        <translation>%1：已选 %2 项</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <location filename="../../desktop/commands/catalog.py" line="+21"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>用逼真的演示账户组合填充工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>导入 CSV 或 XLSX 导出文件（账户、联系人、事件、交易等）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>按依赖顺序导入整个 CRM 导出文件夹（Zoho、HubSpot 等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the import batches (newest first)</source>
        <translation>列出导入批次（最新的在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import batch</source>
        <translation>撤销一个导入批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>打印某一期间的所有 KPI，以及上期数值和变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journey stage and explained health score of every account</source>
        <translation>每个账户的客户旅程阶段及附带解释的健康度评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>用工作区自身的历史数据检验健康度模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>写入账户报告（PDF/HTML）、账户组合工作簿（XLSX/CSV）或会议资料包（PDF）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>写入工作区的一致性副本（SQLite 文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the workspace settings, or change one with `settings set KEY VALUE`</source>
        <translation>打印工作区设置，或用 `settings set KEY VALUE` 更改其中一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>写入某个实体的标准 CSV 格式（导入时无需映射）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>在 SQLite 和 PostgreSQL 之间复制工作区，并逐表核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>PostgreSQL 上的团队工作区：创建架构和角色</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+82"/>
        <source>Who is missing</source>
        <translation>缺少哪些角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts, by role and engagement</source>
        <translation>联系人（按角色与参与度）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision maker and champion both engaged recently.</source>
        <translation>决策者和内部支持者近期均有参与。</translation>
    </message>
</context>
<context>
    <name>CommitteeWords</name>
    <message>
        <location filename="../../desktop/shared/wording/committee.py" line="+23"/>
        <source>No contacts known at this account: find the decision maker and a champion.</source>
        <translation>此账户没有已知联系人：请找到决策者和一位内部支持者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision maker known: find and add one.</source>
        <translation>没有已知的决策者：请找到并添加一位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No champion known: find and add one.</source>
        <translation>没有已知的内部支持者：请找到并添加一位。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No decision maker with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>%n 天内没有决策者有计分接触（从未有过计分接触）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No decision maker with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>%n 天内没有决策者有计分接触（最近计分接触 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No champion with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>%n 天内没有内部支持者有计分接触（从未有过计分接触）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No champion with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>%n 天内没有内部支持者有计分接触（最近计分接触 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nobody at the account had a scored touch in %n days.</source>
        <translation>
            <numerusform>%n 天内此账户没有任何人有计分接触。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 contacts had a scored touch in %n days.</source>
        <translation>
            <numerusform>%n 天内 %2 位联系人中有 %1 位有计分接触。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/components.py" line="+37"/>
        <source>no NPS response in %n days</source>
        <translation>
            <numerusform>%n 天内没有 NPS 回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>势头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a customer</source>
        <translation>不是客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer without a subscription record</source>
        <translation>没有订阅记录的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no weight</source>
        <translation>权重为零</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data: no touch, meeting, deal, subscription, NPS response or question is on record for this account yet, so it has no score (rather than a score of 0).</source>
        <translation>无数据：此账户尚无任何接触、会议、交易、订阅、NPS 回复或问题记录，因此没有评分（而不是评分为 0）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>%1不适用：其权重（%3 中的 %2）已分摊到其他分项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 do not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>%1不适用：其权重（%3 中的 %2）已分摊到其他分项。</translation>
    </message>
</context>
<context>
    <name>ConventionWords</name>
    <message>
        <location filename="../../desktop/i18n/conventions.py" line="+48"/>
        <source>{} pts</source>
        <comment>points of NPS or a score, not percentage points</comment>
        <translation>{} 分</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <location line="-23"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} pts</source>
        <translation>{} 个百分点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} days</source>
        <translation>{} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} h</source>
        <translation>{} 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} s</source>
        <translation>{} 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>千</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>百万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>十亿</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../../desktop/commands/copy.py" line="+24"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>在 SQLite 和 PostgreSQL 之间复制工作区，并逐表核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy everything (data, import history, settings, model versions, health history) from SRC to DEST, each a file or a database URL, and check every table by row count and content hash.</source>
        <translation>将所有内容（数据、导入历史、设置、模型版本、健康度历史）从 SRC 复制到 DEST（二者均可为文件或数据库 URL），并按行数和内容哈希值核对每个表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace to copy</source>
        <translation>要复制的工作区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new file or an empty database (URL without a password)</source>
        <translation>一个新文件或一个空数据库（不含密码的 URL）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SRC and DEST are the same workspace</source>
        <translation>SRC 和 DEST 是同一个工作区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; copy into a new file</source>
        <translation>%1 已存在；请复制到一个新文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied %1 to %2:</source>
        <translation>已将 %1 复制到 %2：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tables, %2 rows; row counts and content hashes checked equal on both sides.</source>
        <translation>%1 个表，%2 行；两侧的行数和内容哈希值经检查一致。</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <location filename="../../desktop/shared/wording/copies.py" line="+14"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 已存在；请选择其他文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write in %1: %2; choose a folder you can write to</source>
        <translation>无法写入 %1：%2；请选择可写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding %1 is full; nothing was written. Free some space or choose another folder</source>
        <translation>%1 所在的磁盘已满；未写入任何内容。请释放空间或选择其他文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing to %1 failed (disk I/O error: the disk may be full or failing); nothing was written. Free some space or choose another folder</source>
        <translation>写入 %1 失败（磁盘 I/O 错误：磁盘可能已满或出现故障）；未写入任何内容。请释放空间或选择其他文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace %1 is damaged (%2); nothing was written. Restore an earlier backup</source>
        <translation>工作区 %1 已损坏（%2）；未写入任何内容。请恢复较早的备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 appeared while the backup was written; choose another file name</source>
        <translation>写入备份期间出现了 %1；请选择其他文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>无法写入 %1：%2；未写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup of %1 failed: %2; nothing was written</source>
        <translation>%1 的备份失败：%2；未写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination %1 already holds data (%2); copy into a new file or an empty database.</source>
        <translation>目标 %1 中已有数据（%2）；请复制到新文件或空数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of %1 differs from the source (%2 rows against %3, or different contents); nothing was written.</source>
        <translation>%1 的副本与源不一致（%2 行对 %3 行，或内容不同）；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop/dashboard/chart_panels.py" line="+36"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>热</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aware</source>
        <translation>已认知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>已参与</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engaged contacts</source>
        <translation>已参与的联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same month a year earlier</source>
        <translation>上年同月</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Customers: retention</source>
        <translation>客户：留存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: buying intent</source>
        <translation>潜在客户：购买意向</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engagement trend</source>
        <translation>参与度趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>客户旅程漏斗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>客户旅程中的 CTA 转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS distribution</source>
        <translation>NPS 分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health bands over time</source>
        <translation>健康度等级变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs and cost per MQL by campaign</source>
        <translation>各营销活动的 MQL 与单个 MQL 成本</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No engagement recorded in the last twelve months.</source>
        <translation>过去十二个月没有记录到任何参与。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Distinct contacts with any engagement per month; the shaded band is the period on the tiles.</source>
        <translation>每月有任何参与的不重复联系人数；阴影区域为指标卡所示的期间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No journey stages yet.</source>
        <translation>尚无客户旅程阶段。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accounts that had reached each stage by the period&apos;s end (in brackets: during it); ↓ share that went on to the next stage. Churned in the period: %1.</source>
        <translation>截至期末已到达各阶段的账户数（括号内：期间内到达）；↓ 进入下一阶段的比例。本期流失：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No CTA views in the period.</source>
        <translation>本期没有 CTA 浏览。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · day %2</source>
        <translation>%1 · 第 %2 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <comment>share of viewers</comment>
        <translation>%2 人中的 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewers who clicked, per CTA, in the order accounts meet them (median day of their journey); %1 of %2 CTAs, the most seen.</source>
        <translation>按账户接触到的顺序（其客户旅程的中位天数）列出每个 CTA 的浏览者中点击的比例；显示 %2 个 CTA 中浏览最多的 %1 个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No NPS responses in the period.</source>
        <translation>本期没有 NPS 回复。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2, %3</source>
        <comment>promoters, passives, detractors</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln promoters</source>
        <translation>
            <numerusform>%Ln 名推荐者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln passives</source>
        <translation>
            <numerusform>%Ln 名中立者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln detractors</source>
        <translation>
            <numerusform>%Ln 名贬损者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3). Caution: small sample.</source>
        <translation>NPS %1 · n = %2（%3）。慎用：样本过小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3).</source>
        <translation>NPS %1 · n = %2（%3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No weekly health snapshots in the half year up to the period&apos;s end. The window stores them in the background when it opens a workspace it may write to.</source>
        <translation>截至期末的半年内没有每周健康快照。窗口打开可写入的工作区时会在后台保存它们。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accounts per band, weekly snapshots of the %Ln weeks up to the period&apos;s end: customers healthy / watch / at risk / churned, prospects hot / warm / cold.</source>
        <translation>
            <numerusform>各等级账户数，取截至期末的 %Ln 周每周快照：客户分为健康 / 观察 / 有风险 / 已流失，潜在客户分为热 / 温 / 冷。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No campaign cost or MQL in the period.</source>
        <translation>本期没有营销活动成本或 MQL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 each</source>
        <translation>%1 · 每个 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cost n/a</source>
        <translation>%1 · 成本不适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQLs of the top %1 of %2 campaigns (last-touch attribution) and the cost of each MQL: campaign cost in the period / its MQLs.</source>
        <translation>%2 个营销活动中排名前 %1 的 MQL 数（末次接触归因）及单个 MQL 成本：本期营销活动成本 / 其 MQL 数。</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+22"/>
        <source>Tier 1 · 1:1</source>
        <translation>层级 1 · 1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 2 · 1:few</source>
        <translation>层级 2 · 1:少数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 3 · 1:many</source>
        <translation>层级 3 · 1:多数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all target accounts</source>
        <translation>全部目标账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (target and non-target accounts)</source>
        <translation>%1（目标与非目标账户）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/dashboard/page.py" line="+73"/>
        <source>caution: small sample</source>
        <translation>慎用：样本过小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: click-through falling</source>
        <translation>警报：点击率下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: unsubscribes rising</source>
        <translation>警报：退订上升</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Alignment meeting</source>
        <translation>对齐会议</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Engagement and the journey</source>
        <translation>参与度与客户旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion and satisfaction</source>
        <translation>转化与满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and campaigns</source>
        <translation>健康度与营销活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journey</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers and campaigns</source>
        <translation>客户与营销活动</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts to act on: at risk</source>
        <translation>需跟进的账户：有风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts to act on: biggest movers</source>
        <translation>需跟进的账户：变动最大</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts to act on</source>
        <translation>需跟进的账户</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The dashboard could not be updated</source>
        <translation>无法更新仪表板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the dashboard</source>
        <translation>正在更新仪表板</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trends could not be computed.</source>
        <translation>无法计算趋势。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly trends</source>
        <translation>月度趋势</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 (%Ln accounts)</source>
        <translation>
            <numerusform>%1（%Ln 个账户）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2，对比 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · Data as of %1</source>
        <translation> · 数据截至 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vs %1</source>
        <translation>对比 %1</translation>
    </message>
</context>
<context>
    <name>DealWords</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-76"/>
        <source>New business</source>
        <translation>新业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+14"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../desktop/commands/demo.py" line="+31"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>用逼真的演示账户组合填充工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the workspace with a deterministic demo portfolio: target accounts with buying committees, 18 months of campaigns and engagement, meetings, deals, subscriptions, NPS, questions and notes. The same seed and as-of date give the same data.</source>
        <translation>用可复现的演示账户组合填充工作区：带采购委员会的目标账户、18 个月的营销活动和参与、会议、交易、订阅、NPS、问题和备注。相同的随机种子和截至日期生成相同的数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of accounts (default 250)</source>
        <translation>账户数量（默认 250）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total engagement events (default 150 per account)</source>
        <translation>参与事件总数（默认每个账户 150 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day of the 18-month history, YYYY-MM-DD (default today)</source>
        <translation>18 个月历史的最后一天，YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the workspace&apos;s existing data with the demo</source>
        <translation>用演示数据替换工作区的现有数据</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>abm-health demo: %1</source>
        <translation>abm-health demo：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the data of %1 in %2 s.</source>
        <translation>已替换 %1 中的数据，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled %1 in %2 s.</source>
        <translation>已填充 %1，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be at least 1, not %1</source>
        <translation>必须至少为 1，而不是 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or more, not %1</source>
        <translation>必须为 0 或更大，而不是 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a date as YYYY-MM-DD, not %1</source>
        <translation>日期应为 YYYY-MM-DD 格式，而不是 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo portfolio as of %1 (seed %2): %3.</source>
        <translation>演示账户组合（截至 %1，种子 %2）：%3。</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../desktop/shared/wording/demo_progress.py" line="+14"/>
        <source>drawing account stories</source>
        <translation>正在生成账户故事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generating %1 engagement events</source>
        <translation>正在生成 %1 个参与事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generating deals, meetings, NPS, questions and notes</source>
        <translation>正在生成交易、会议、NPS、问题和备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting the workspace&apos;s existing data</source>
        <translation>正在删除工作区的现有数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing rows (%1 of %2)</source>
        <translation>正在写入行（%2 行中的 %1 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/demo.py" line="-24"/>
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln 个营销活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln 个会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln subscriptions</source>
        <translation>
            <numerusform>%Ln 个订阅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln NPS responses</source>
        <translation>
            <numerusform>%Ln 份 NPS 回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln 条备注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/demo.py" line="+18"/>
        <source>The workspace %1 already holds data (in %2); choose an empty workspace, or pass --force to replace its data with the demo.</source>
        <translation>工作区 %1 中已有数据（%2）；请选择一个空的工作区，或使用 --force 以演示数据替换其中的数据。</translation>
    </message>
</context>
<context>
    <name>DriverWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/drivers.py" line="+39"/>
        <source>no scored touch in %n days; last scored touch on %1</source>
        <translation>
            <numerusform>%n 天内没有计分接触；最近计分接触在 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no scored touch in %n days</source>
        <translation>
            <numerusform>%n 天内没有计分接触</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>engagement of %1 points from scored touches in %n days against %2 for the top %3% of tier-%4 accounts</source>
        <translation>
            <numerusform>%n 天内计分接触的参与度为 %1 分，而层级 %4 前 %3% 账户为 %2 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>engagement among the top %1% of tier-%2 accounts (%3 points from scored touches in %n days)</source>
        <translation>
            <numerusform>参与度位居层级 %2 账户前 %1%（%n 天内计分接触 %3 分）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no known contacts</source>
        <translation>没有已知联系人</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker among the %n known contact</source>
        <translation>
            <numerusform>%n 位已知联系人中没有决策者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no decision maker among the %n known contacts</source>
        <translation>
            <numerusform>%n 位已知联系人中没有决策者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker with a scored touch in %n days (last scored touch on %1)</source>
        <translation>
            <numerusform>%n 天内没有决策者有计分接触（最近计分接触在 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no decision maker with a scored touch in %n days</source>
        <translation>
            <numerusform>%n 天内没有决策者有计分接触</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %1 of %2 known contacts with a scored touch in %n days</source>
        <translation>
            <numerusform>%2 位已知联系人中只有 %1 位在 %n 天内有计分接触</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 decision makers and champions with a scored touch in %n days</source>
        <translation>
            <numerusform>%n 天内有 %1 位决策者和内部支持者有计分接触</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no form fill, CTA click or meeting in %n days</source>
        <translation>
            <numerusform>%n 天内没有表单提交、CTA 点击或会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 form fills, CTA clicks and meetings in %n days</source>
        <translation>
            <numerusform>%n 天内有 %1 次表单提交、CTA 点击和会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>points from scored touches in the last %n days down %1% a day on the %2 days before</source>
        <translation>
            <numerusform>最近 %n 天计分接触的日均分数比之前 %2 天下降 %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>new scored touches in the last %n days (none in the %1 days before)</source>
        <translation>
            <numerusform>最近 %n 天有新的计分接触（之前 %1 天没有）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>points from scored touches in the last %n days up %1% a day on the %2 days before</source>
        <translation>
            <numerusform>最近 %n 天计分接触的日均分数比之前 %2 天上升 %1%</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no open opportunity</source>
        <translation>没有未结商机</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open opportunity (no amounts to compare)</source>
        <translation>
            <numerusform>%n 个未结商机（没有可比较的金额）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open opportunities (no amounts to compare)</source>
        <translation>
            <numerusform>%n 个未结商机（没有可比较的金额）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open opportunity worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>%n 个未结商机，金额 %1，该层级中位数为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open opportunities worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>%n 个未结商机，金额 %1，该层级中位数为 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>won an opportunity on %1</source>
        <translation>%1 赢得一个商机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won &apos;%1&apos; on %2</source>
        <translation>%2 赢得“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>churned on %1</source>
        <translation>%1 流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>renewal in %n days with no meeting booked</source>
        <translation>
            <numerusform>%n 天后续约，但尚未预约会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>renewal in %n days</source>
        <translation>
            <numerusform>%n 天后续约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ARR down %1% in %n days (%2 to %3)</source>
        <translation>
            <numerusform>%n 天内 ARR 下降 %1%（从 %2 降至 %3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active subscription, renewal on %1</source>
        <translation>订阅有效，%1 续约</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detractor response on %1 (score %2)</source>
        <translation>%1 收到贬损者回复（评分 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoter response on %1 (score %2)</source>
        <translation>%1 收到推荐者回复（评分 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>NPS %1 from %n response</source>
        <translation>
            <numerusform>NPS %1，来自 %n 份回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>NPS %1 from %n responses</source>
        <translation>
            <numerusform>NPS %1，来自 %n 份回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 questions not answered within %3 h</source>
        <translation>%2 个问题中有 %1 个未在 %3 小时内回答</translation>
    </message>
</context>
<context>
    <name>EditWords</name>
    <message>
        <location filename="../../desktop/shared/wording/edits.py" line="+16"/>
        <source>A note needs some text; type what happened or what to do next.</source>
        <translation>备注需要有内容；请输入发生了什么或下一步要做什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note %1 no longer exists; it was deleted elsewhere.</source>
        <translation>备注 %1 已不存在；它已在别处被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>备注已被 %1 修改；您的编辑未保存。备注已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1 at %2; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>备注已被 %1 于 %2 修改；您的编辑未保存。备注已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>备注已被其他人修改；您的编辑未保存。备注已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else at %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>备注已被其他人于 %1 修改；您的编辑未保存。备注已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>设置已被 %1 修改；您的设置未保存。设置已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1 at %2; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>设置已被 %1 于 %2 修改；您的设置未保存。设置已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>设置已被其他人修改；您的设置未保存。设置已重新加载：请再次进行修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else at %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>设置已被其他人于 %1 修改；您的设置未保存。设置已重新加载：请再次进行修改。</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../desktop/import_wizard/state.py" line="+21"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement events</source>
        <translation>参与事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings (calls and demos)</source>
        <translation>会议（通话与演示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (deals)</source>
        <translation>商机（交易）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (support tickets)</source>
        <translation>问题（支持工单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EventFamilies</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+28"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms &amp; CTAs</source>
        <translation>表单与 CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ads &amp; social</source>
        <translation>广告与社交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinars</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-109"/>
        <source>Email sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>邮件已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>邮件打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>邮件点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>邮件退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>内容浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>内容下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>表单浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>表单提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA 点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>广告点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>社交参与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registration</source>
        <translation>网络研讨会报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>网络研讨会出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>媒体提及</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/export/dialog.py" line="+58"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per sheet</source>
        <translation>CSV 文件，每个工作表一个</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+58"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Account report: health, KPIs, committee, deals, NPS, notes</source>
        <translation>账户报告：健康度、KPI、采购委员会、交易、NPS、备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio workbook: every account, KPIs, funnel, campaigns</source>
        <translation>账户组合工作簿：所有账户、KPI、漏斗、营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting pack: the dashboard for a period</source>
        <translation>会议资料包：某一期间的仪表板</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Non-target accounts too</source>
        <translation>同时包括非目标账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open when written</source>
        <translation>写入后打开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 %2</source>
        <comment>file name: the account&apos;s name, the period&apos;s last day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <comment>file name</comment>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portfolio %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>账户组合 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting pack %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>会议资料包 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>文件夹 %1 不存在；请选择其他位置。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every account (%Ln accounts)</source>
        <translation>
            <numerusform>全部账户（%Ln 个账户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>账户组合（%Ln 个目标账户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%Ln 个账户（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%Ln 个目标账户（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The workspace is still loading; export when it is ready.</source>
        <translation>工作区仍在加载中；请在就绪后再导出。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件所在文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period starts after it ends; choose a start on or before the end.</source>
        <translation>期间的开始晚于结束；请选择不晚于结束日期的开始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account from the list.</source>
        <translation>请从列表中选择一个账户。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %1 (%Ln pages).</source>
        <translation>
            <numerusform>已写入 %1（共 %Ln 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed; nothing was written.</source>
        <translation>导出失败；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the report</source>
        <translation>正在导出报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <location filename="../../desktop/import_wizard/field_help.py" line="+17"/>
        <source>The CRM&apos;s id; importing again updates the row with this id.</source>
        <translation>CRM 中的 ID；再次导入时会更新具有此 ID 的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web domain, e.g. acme.com.</source>
        <translation>网站域名，例如 acme.com。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 = strategic (1:1), 2 = a few accounts together (1:few), 3 = many accounts (1:many).</source>
        <translation>1 = 战略账户（1:1），2 = 少数账户一起（1:少数），3 = 众多账户（1:多数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent account: its CRM id, name or domain.</source>
        <translation>上级账户：其 CRM ID、名称或域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO code of the amounts; it must be the workspace currency.</source>
        <translation>金额的 ISO 货币代码；必须是工作区的货币。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account: its CRM id, name or domain.</source>
        <translation>账户：其 CRM ID、名称或域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name; when it is blank, the e-mail address is used.</source>
        <translation>全名；为空时使用电子邮件地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the contact became a lead.</source>
        <translation>联系人成为线索的时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact: their CRM id, e-mail address or name.</source>
        <translation>联系人：其 CRM ID、电子邮件地址或姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>A contact (CRM id, e-mail address or name): when the row names no account, it takes the contact&apos;s account. The contact itself is not stored.</source>
        <translation>联系人（CRM ID、电子邮件地址或姓名）：当该行未指明账户时，使用该联系人所属的账户。联系人本身不会被保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign: its CRM id or name.</source>
        <translation>营销活动：其 CRM ID 或名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the e-mail, content, form, call to action or page.</source>
        <translation>邮件、内容、表单、行动号召（CTA）或页面的 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage as the CRM writes it.</source>
        <translation>CRM 中记录的阶段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank while the subscription is active.</source>
        <translation>订阅有效期间留空。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop/import_wizard/field_labels.py" line="+17"/>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web domain</source>
        <translation>网站域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset (e-mail, content, form, CTA or page)</source>
        <translation>素材（邮件、内容、表单、CTA 或页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage in the CRM</source>
        <translation>CRM 中的阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (CRM id or name)</source>
        <translation>账户（CRM ID 或名称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact (CRM id or e-mail)</source>
        <translation>联系人（CRM ID 或电子邮件地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign (CRM id or name)</source>
        <translation>营销活动（CRM ID 或名称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent account</source>
        <translation>上级账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>目标账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid campaign</source>
        <translation>付费营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an MQL on</source>
        <translation>成为 MQL 的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an SQL on</source>
        <translation>成为销售合格线索的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed on</source>
        <translation>退订日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked on</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>安排在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>结单日期</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Asked on</source>
        <translation>提问日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (0–10)</source>
        <translation>评分（0–10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+60"/>
        <location line="+3"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Windows Western (cp1252)</source>
        <translation>Windows 西欧（cp1252）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Central European (cp1250)</source>
        <translation>Windows 中欧（cp1250）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or XLSX export from your CRM or marketing-automation tool.</source>
        <translation>从 CRM 或营销自动化工具导出的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>path/to/export.csv</source>
        <translation>path/to/export.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping file…</source>
        <translation>映射文件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates are day-first (03/04/2025 is 3 April)</source>
        <translation>日期为日在前（03/04/2025 即 4 月 3 日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers use a decimal comma (1.234,50)</source>
        <translation>数字使用小数逗号（1.234,50）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggest from the file&apos;s headers</source>
        <translation>根据文件的表头推荐</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.tsv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a mapping</source>
        <translation>打开映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappings (*.toml)</source>
        <translation>映射 (*.toml)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+19"/>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+36"/>
        <source>Non-target accounts too</source>
        <translation>同时包括非目标账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard counts the target accounts (the portfolio); tick to add the accounts that are not on the target list.</source>
        <translation>仪表板统计的是目标账户（即账户组合）；勾选后将加入不在目标名单上的账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="-17"/>
        <source>Search name, owner, industry…   Ctrl+F</source>
        <translation>搜索名称、负责人、行业…   Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · strategic</source>
        <translation>1 · 战略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · 1:few</source>
        <translation>2 · 1:少数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · 1:many</source>
        <translation>3 · 1:多数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio is the target accounts; tick to list the others too.</source>
        <translation>账户组合即目标账户；勾选后也会列出其他账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 accounts</source>
        <translation>%2 个账户中的 %1 个</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My accounts…</source>
        <translation>我的账户…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier 1 at risk</source>
        <translation>层级 1 有风险</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current filter…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete saved filter</source>
        <translation>删除已保存的筛选</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My accounts</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which owner are you? (saved in the workspace)</source>
        <translation>您是哪位负责人？（保存在工作区中）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>此筛选的名称：</translation>
    </message>
</context>
<context>
    <name>FrameTableModel</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <source>Component</source>
        <translation>分项</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>计入分项</translation>
    </message>
    <message>
        <location filename="../../desktop/account/notes.py" line="+45"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note or next action</source>
        <translation>备注或下一步行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <location filename="../../desktop/account/tabs.py" line="-93"/>
        <location line="+14"/>
        <location line="+23"/>
        <location filename="../../desktop/account/timeline.py" line="+41"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最近计分接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches</source>
        <translation>计分接触次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>参与度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL since</source>
        <translation>成为 MQL 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/account/timeline.py" line="-1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>安排在</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../desktop/account/timeline.py" line="+2"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM stage</source>
        <translation>CRM 阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>结单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responded</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../desktop/account/timeline.py" line="-3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset</source>
        <translation>素材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../../desktop/commands/health.py" line="+56"/>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>持平</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Health as of %1 (model version %2), %Ln accounts; data as of %3</source>
        <translation>
            <numerusform>健康度截至 %1（模型版本 %2），%Ln 个账户；数据截至 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health as of %1 (model version %2), %Ln target accounts; data as of %3</source>
        <translation>
            <numerusform>健康度截至 %1（模型版本 %2），%Ln 个目标账户；数据截至 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>journey stage and explained health score of every account</source>
        <translation>每个账户的客户旅程阶段及附带解释的健康度评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print each account&apos;s journey stage, health score, band, trend and the drivers behind the score (model: the workspace&apos;s active health model version).</source>
        <translation>打印每个账户的客户旅程阶段、健康度评分、等级、趋势以及评分背后的驱动因素（模型：工作区当前使用的健康度模型版本）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score with data up to and including DATE, YYYY-MM-DD (default: the workspace&apos;s data date)</source>
        <translation>使用截至 DATE（含当日）的数据评分，YYYY-MM-DD（默认：工作区的数据日期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only accounts in this band</source>
        <translation>仅此等级的账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account, by id:N, ext:ID, domain or (part of a) name: prints its full explanation</source>
        <translation>单个账户，按 id:N、ext:ID、域名或名称（或名称的一部分）指定：打印其完整解释</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --account: what moved the score from DATE (YYYY-MM-DD) to the as-of day, by component and cause</source>
        <translation>与 --account 同用：评分从 DATE（YYYY-MM-DD）到截至日的变动原因，按分项和原因列出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --since: compare with model version N instead of the version in use on DATE</source>
        <translation>与 --since 同用：与模型版本 N 比较，而不是与 DATE 当日使用的版本比较</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drivers per account (default: the model&apos;s top_drivers, 5)</source>
        <translation>每个账户显示的驱动因素数（默认：模型的 top_drivers，即 5）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 is not a date; expected YYYY-MM-DD, e.g. 2026-10-31</source>
        <translation>%1 %2 不是日期；应为 YYYY-MM-DD，例如 2026-10-31</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--since needs --account: what moved is told one account at a time</source>
        <translation>--since 需要同时指定 --account：变动原因一次只说明一个账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from-version needs --since DATE</source>
        <translation>--from-version 需要同时指定 --since DATE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--since %1 must be before the as-of day %2</source>
        <translation>--since %1 必须早于截至日 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>abm-health: the workspace has no accounts (as of that date); import some or run `abm-health demo`.</source>
        <translation>abm-health：此工作区（截至该日期）没有账户；请导入数据或运行 `abm-health demo`。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health health: %1; give id:N, ext:ID, a domain or (part of) a name.</source>
        <translation>abm-health health：%1；请提供 id:N、ext:ID、域名或名称（或名称的一部分）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90-day likelihood</source>
        <translation>90 天可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4w</source>
        <translation>4 周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top driver</source>
        <translation>首要驱动因素</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>未校准</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an opportunity is already open</source>
        <translation>已有一个未结商机</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (id %2) as of %3, model version %4</source>
        <translation>%1（ID %2），截至 %3，模型版本 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage %1 · score %2 · band %3 · trend %4</source>
        <translation>阶段 %1 · 评分 %2 · 等级 %3 · 趋势 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 in 4 weeks)</source>
        <translation>%1（4 周内 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likelihood %1: %2</source>
        <translation>%1可能性：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>likelihood n/a: %1</source>
        <translation>可能性不适用：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>component</source>
        <translation>分项</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drivers:</source>
        <translation>驱动因素：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buying committee (scored touches in the health window, last scored touch):</source>
        <translation>采购委员会（健康度窗口内的计分接触次数、最近计分接触）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored touches</source>
        <translation>计分接触次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last scored touch</source>
        <translation>最近计分接触</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved the score from %1 to %2:</source>
        <translation>评分从 %1 到 %2 的变动原因：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>模型版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>模型版本 %1 和 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) to %3 (%4), %5 points, %6</source>
        <translation>%1（%2）至 %3（%4），%5 分，%6</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New activity:</source>
        <translation>新活动：</translation>
    </message>
</context>
<context>
    <name>HealthModelEditor</name>
    <message>
        <location filename="../../desktop/settings/health.py" line="+144"/>
        <source>Customers: healthy from</source>
        <translation>客户：健康的下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch from</source>
        <translation>观察的下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: at risk)</source>
        <translation>（低于此值：有风险）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prospects: hot from</source>
        <translation>潜在客户：热的下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm from</source>
        <translation>温的下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: cold)</source>
        <translation>（低于此值：冷）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backtest starts when this page opens.</source>
        <translation>打开此页面时开始回测。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backtest on this workspace&apos;s history</source>
        <translation>基于此工作区历史数据的回测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Is the likelihood right? Predicted against observed</source>
        <translation>可能性准确吗？预测值与观测值对比</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Scoring every account at each month end…</source>
        <translation>正在按每个月末为所有账户评分…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scores at each of %1 month ends compared with the next %2 days: customers churned or not, prospects opened an opportunity or not.</source>
        <translation>在 %1 个月末的评分与其后 %2 天的实际结果对比：客户是否流失，潜在客户是否产生商机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backtest could not run: %1</source>
        <translation>回测无法运行：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>saved model: %1</source>
        <translation>已保存的模型：%1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Preparing the backtest</source>
        <translation>正在准备回测</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>calibrated on %1 observations</source>
        <translation>基于 %1 个观测值校准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>客户流失可能性：至少需要两个月末才能检验；%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>潜在客户商机可能性：至少需要两个月末才能检验；%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>客户流失可能性：Brier 分数 %1，仅用基准率时为 %2（越低越好）；%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>潜在客户商机可能性：Brier 分数 %1，仅用基准率时为 %2（越低越好）；%3。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>What-if backtest</source>
        <translation>假设分析回测</translation>
    </message>
</context>
<context>
    <name>HealthModelErrorWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/health_model.py" line="+65"/>
        <source>%1: unknown setting(s) %2; expected some of %3.</source>
        <translation>
            <numerusform>%1：未知的设置 %2；应为以下之一：%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: unknown component(s) %2 in weights; expected some of %3.</source>
        <translation>
            <numerusform>%1：weights 中有未知的分项 %2；应为以下之一：%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthModelErrors</name>
    <message>
        <location line="-49"/>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1</source>
        <translation>权重文件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health model version %1</source>
        <translation>健康度模型版本 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the weights add up to 0; give at least one a weight.</source>
        <translation>%1：权重之和为 0；请至少为一个分项设置权重。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: band thresholds watch_min = %2 and healthy_min = %3; expected 0 &lt;= watch_min &lt; healthy_min &lt;= 100.</source>
        <translation>%1：等级阈值 watch_min = %2、healthy_min = %3；应满足 0 &lt;= watch_min &lt; healthy_min &lt;= 100。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: band thresholds warm_min = %2 and hot_min = %3; expected 0 &lt;= warm_min &lt; hot_min &lt;= 100.</source>
        <translation>%1：等级阈值 warm_min = %2、hot_min = %3；应满足 0 &lt;= warm_min &lt; hot_min &lt;= 100。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: engagement_percentile = %2; expected (0, 1].</source>
        <translation>%1：engagement_percentile = %2；应在 (0, 1] 范围内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nps_share = %2; expected [0, 1].</source>
        <translation>%1：nps_share = %2；应在 [0, 1] 范围内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a positive number of days.</source>
        <translation>%1：%2 必须是正的天数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: recent_days = %2 must be shorter than window_days = %3.</source>
        <translation>%1：recent_days = %2 必须短于 window_days = %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 = %3 is not a number; expected e.g. %4.</source>
        <translation>%1：%2 = %3 不是数字；应为例如 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weights must be a table of component = number.</source>
        <translation>%1：weights 必须是“分项 = 数字”的表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: weight of %2 = %3 is not a number.</source>
        <translation>%1：%2 的权重 %3 不是数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weight of %2 = %3; expected &gt;= 0.</source>
        <translation>%1：%2 的权重为 %3；应 &gt;= 0。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../desktop/commands/import_cmd.py" line="+52"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>导入 CSV 或 XLSX 导出文件（账户、联系人、事件、交易等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV or XLSX export into the workspace in one transaction. Canonical headers are the field names `abm-health template ENTITY` writes; other layouts need --preset or --mapping.</source>
        <translation>在一个事务中将 CSV 或 XLSX 导出文件导入工作区。标准表头即 `abm-health template ENTITY` 写出的字段名；其他格式需要 --preset 或 --mapping。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the file holds: %1</source>
        <translation>文件所含内容：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV or XLSX file</source>
        <translation>CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a built-in mapping, e.g. hubspot or salesforce</source>
        <translation>内置映射，例如 hubspot 或 salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping file (TOML)</source>
        <translation>映射文件（TOML）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check everything and report, write nothing</source>
        <translation>检查全部内容并报告，不写入任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any row is rejected</source>
        <translation>只要有一行被拒，就不写入任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write rejected rows here as CSV, with a reason column (a new file; see --force)</source>
        <translation>将被拒行以 CSV 格式写到此处，并附原因列（须为新文件；见 --force）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let --rejects replace an existing file (never the workspace or an input)</source>
        <translation>允许 --rejects 替换已有文件（绝不替换工作区或输入文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file encoding: utf-8, utf-16, cp1252, cp1250 (default: detected)</source>
        <translation>文件编码：utf-8、utf-16、cp1252、cp1250（默认：自动检测）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field delimiter: , ; tab | (default: sniffed)</source>
        <translation>字段分隔符：, ; tab |（默认：自动识别）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 03/04/2025 as 3 April</source>
        <translation>将 03/04/2025 读作 4 月 3 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 1.234,50 and 1234,5 with a decimal comma</source>
        <translation>按小数逗号读取 1.234,50 和 1234,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strptime format of the date columns, e.g. %%d.%%m.%%Y</source>
        <translation>日期列的 strptime 格式，例如 %%d.%%m.%%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX sheet (default: the first)</source>
        <translation>XLSX 工作表（默认：第一个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a shared workspace, refuse at once (naming who imports what) instead of waiting while another import runs</source>
        <translation>在共享工作区上，如有其他导入正在运行，立即拒绝（并指出谁在导入什么），而不是等待</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the mapping is for %1, not %2</source>
        <translation>该映射适用于 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>abm-health import: %1</source>
        <translation>abm-health import：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>写入</translation>
    </message>
</context>
<context>
    <name>ImportFolderCommand</name>
    <message>
        <location filename="../../desktop/commands/import_folder.py" line="+33"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>按依赖顺序导入整个 CRM 导出文件夹（Zoho、HubSpot 等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every file of an export folder that the preset reads: accounts first, then contacts, campaigns, deals and activities, one batch per file, in one transaction.</source>
        <translation>导入导出文件夹中预设能读取的所有文件：先导入账户，再导入联系人、营销活动、交易和活动记录，每个文件一个批次，全部在一个事务中完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CRM the export comes from: zoho, hubspot or salesforce</source>
        <translation>导出文件来源的 CRM：zoho、hubspot 或 salesforce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping for files the preset doesn&apos;t read (its files = [...] patterns say which); may be repeated, and is tried before the preset</source>
        <translation>用于预设无法读取的文件的映射（由其 files = [...] 模式指定哪些文件）；可重复指定，且先于预设尝试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check every file and report, write nothing</source>
        <translation>检查每个文件并报告，不写入任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any file fails or any row is rejected</source>
        <translation>只要有一个文件失败或一行被拒，就不写入任何内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1 不存在或不是文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the export&apos;s CRM with --preset NAME (zoho, hubspot, salesforce), or give --mapping FILE.toml</source>
        <translation>请用 --preset NAME（zoho、hubspot、salesforce）指明导出来自哪个 CRM，或提供 --mapping FILE.toml</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>abm-health import-folder: %1</source>
        <translation>abm-health import-folder：%1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/history.py" line="+59"/>
        <location line="+32"/>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo this import…</source>
        <translation>撤销此次导入…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No imports yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Undo batch %1 (%2)? It removes the %3 row(s) it added and restores the %4 row(s) it updated.</source>
        <translation>撤销批次 %1（%2）？这将删除其新增的 %3 行，并恢复其更新的 %4 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing batch %1…</source>
        <translation>正在撤销批次 %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batch %1 undone: %2 row(s) removed, %3 restored.</source>
        <translation>批次 %1 已撤销：删除 %2 行，恢复 %3 行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The undo failed</source>
        <translation>撤销失败</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/import_problems.py" line="+144"/>
        <source>%Ln accounts match and nothing stored tells them apart: use the external id</source>
        <translation>
            <numerusform>%Ln 个账户匹配，且已存数据无法区分它们：请使用外部 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts match; they differ in %1: add a column for it with match = [%2], or use the external id</source>
        <translation>
            <numerusform>%Ln 个账户匹配；它们的 %1 不同：请为其添加一列并设置 match = [%2]，或使用外部 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %Ln %2 value(s) on more than one row (such as %3); rows naming them find nothing there.</source>
        <translation>
            <numerusform>%1 中有 %Ln 个 %2 值出现在多行中（例如 %3）；引用这些值的行在其中找不到任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read day-first for every row: %Ln value(s) such as %2 can only be day-first, so 01-02-2018 is 1 February. Give --day-first (or day_first = true in the mapping) to say so.</source>
        <translation>
            <numerusform>列 %1 的每一行都按日在前读取：%Ln 个值（例如 %2）只能是日在前，因此 01-02-2018 是 2 月 1 日。请提供 --day-first（或在映射中设置 day_first = true）加以确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes day-first dates (such as %2) and month-first dates (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>列 %1 混有日在前的日期（例如 %2）和月在前的日期（例如 %3）；%Ln 个两种读法皆可的值被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read with decimal commas for every row: %Ln value(s) such as %2 can only have a decimal comma, so 1,234 is one and a bit. Give --decimal-comma (or decimal_comma = true in the mapping) to say so.</source>
        <translation>
            <numerusform>列 %1 的每一行都按小数逗号读取：%Ln 个值（例如 %2）只能使用小数逗号，因此 1,234 是略大于 1 的数。请提供 --decimal-comma（或在映射中设置 decimal_comma = true）加以确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes decimal commas (such as %2) and decimal points (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>列 %1 混有小数逗号（例如 %2）和小数点（例如 %3）；%Ln 个两种读法皆可的值被拒绝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+16"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All valid rows are written in one transaction.</source>
        <translation>所有有效行都在一个事务中写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary &gt;</source>
        <translation>摘要 &gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was written: %1 row(s) failed and the import is strict.</source>
        <translation>未写入任何内容：有 %1 行未通过，且导入为严格模式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 added, %2 updated, %3 rejected.</source>
        <translation>完成：新增 %1 行，更新 %2 行，拒绝 %3 行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-141"/>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many)</source>
        <translation>层级：1、2 或 3（或 1:1、1:few、1:many）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from 0 to 10</source>
        <translation>0 到 10 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no, true/false or 1/0</source>
        <translation>yes/no、true/false 或 1/0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 0 or more</source>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of 0 or more</source>
        <translation>不小于 0 的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount of 0 or more</source>
        <translation>不小于 0 的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date and time like 2024-10-27 14:30 (or a --date-format)</source>
        <translation>类似 2024-10-27 14:30 的日期和时间（或使用 --date-format）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date like 2024-10-27 (or a --date-format)</source>
        <translation>类似 2024-10-27 的日期（或使用 --date-format）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a currency code like USD</source>
        <translation>类似 USD 的货币代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date in the format %1</source>
        <translation>格式为 %1 的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; this column looks day-first: use --day-first</source>
        <translation>%1；此列看起来是日在前：请使用 --day-first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to %2)</source>
        <translation>%1（映射将其转换为 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to (blank))</source>
        <translation>%1（映射将其转换为空值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of at most %1 characters (check the file&apos;s quoting)</source>
        <translation>不超过 %1 个字符的文本（请检查文件的引号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number no larger than %1 (this one is a typo or another column)</source>
        <translation>不大于 %1 的整数（该值是笔误或属于其他列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount no larger than %1 (this one is a typo or another column)</source>
        <translation>不大于 %1 的金额（该值是笔误或属于其他列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number no larger than %1 (this one is a typo or another column)</source>
        <translation>不大于 %1 的数字（该值是笔误或属于其他列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount in %1, the workspace currency (convert it, or import into a workspace kept in that currency)</source>
        <translation>以工作区货币 %1 计的金额（请换算，或导入到使用该货币的工作区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the workspace currency (convert the amounts, or import into a workspace kept in that currency)</source>
        <translation>工作区货币 %1（请换算金额，或导入到使用该货币的工作区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (%1 is required)</source>
        <translation>一个值（%1 为必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (account is required, or a contact whose account is taken)</source>
        <translation>一个值（账户为必填，或提供可从中获取账户的联系人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date on or after %1</source>
        <translation>不早于 %1 的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous date: this column holds both day-first dates (%1) and month-first dates (%2), so this one could be either; write it as YYYY-MM-DD</source>
        <translation>无歧义的日期：此列既有日在前的日期（%1）也有月在前的日期（%2），因此该值两种读法皆可；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous number: this column holds both decimal commas (%1) and decimal points (%2), so this one could be either</source>
        <translation>无歧义的数字：此列既有小数逗号（%1）也有小数点（%2），因此该值两种读法皆可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one stored record; several match — add an external_id column</source>
        <translation>一条已存记录；匹配到多条 —— 请添加 external_id 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only</source>
        <translation>每个外部 ID 只出现在一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only (this one is on rows %1)</source>
        <translation>每个外部 ID 只出现在一行（此 ID 出现在第 %1 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for</source>
        <translation>此前各行尚未代表的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (it is the same stored record as row %1)</source>
        <translation>此前各行尚未代表的记录（它与第 %1 行是同一条已存记录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (same %1 as row %2)</source>
        <translation>此前各行尚未代表的记录（%1 与第 %2 行相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent account that is imported (its own row was rejected)</source>
        <translation>会被导入的上级账户（其自身所在行已被拒绝）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account&apos;s external id, name or domain</source>
        <translation>账户的外部 ID、名称或域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account matching %1</source>
        <translation>按 %1 匹配的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact&apos;s external id, email or name (of this row&apos;s account)</source>
        <translation>联系人的外部 ID、邮箱或姓名（属于本行的账户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a campaign&apos;s external id or name</source>
        <translation>营销活动的外部 ID 或名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no account matches</source>
        <translation>%1：没有匹配的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no contact matches</source>
        <translation>%1：没有匹配的联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no campaign matches</source>
        <translation>%1：没有匹配的营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several accounts match</source>
        <translation>%1：匹配到多个账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several contacts match</source>
        <translation>%1：匹配到多个联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several campaigns match</source>
        <translation>%1：匹配到多个营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the external id</source>
        <translation>请使用外部 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1; presets: %2.</source>
        <translation>没有预设 %1；可用预设：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a preset (--preset NAME) or mapping files (--mapping FILE.toml) for the folder.</source>
        <translation>请为该文件夹指定预设（--preset NAME）或映射文件（--mapping FILE.toml）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as %3, or headers matching a mapping&apos;s columns).</source>
        <translation>%1 中没有 %2 可读取的文件（名称如 %3，或标题与映射的列相符）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as none given, or headers matching a mapping&apos;s columns).</source>
        <translation>%1 中没有 %2 可读取的文件（未给出名称模式，或标题与映射的列相符）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter must be one character in quotes, not %1</source>
        <translation>分隔符必须是用引号括起的单个字符，而不是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter %1 is not one separating character; use , ; | or tab</source>
        <translation>分隔符 %1 不是单个分隔字符；请使用 , ; | 或 tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format must be a strptime format in quotes such as &quot;%d.%m.%Y&quot;, not %1</source>
        <translation>日期格式必须是用引号括起的 strptime 格式，例如 &quot;%d.%m.%Y&quot;，而不是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 has no % directive; e.g. %d.%m.%Y</source>
        <translation>日期格式 %1 没有 % 指令；例如 %d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 is not a strptime format (%2); e.g. %d.%m.%Y</source>
        <translation>日期格式 %1 不是 strptime 格式（%2）；例如 %d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoding must be a name in quotes such as &quot;cp1250&quot;, not %1</source>
        <translation>编码必须是用引号括起的名称，例如 &quot;cp1250&quot;，而不是 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250</source>
        <translation>%1 不是 abm-health 支持的编码；请使用 utf-8、utf-16、cp1252 或 cp1250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation>无法读取映射文件 %1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping file %1 is not UTF-8 (byte 0x%2 on line %3); save it as UTF-8.</source>
        <translation>映射文件 %1 不是 UTF-8（第 %3 行的字节 0x%2）；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid TOML: %2.</source>
        <translation>%1 不是有效的 TOML：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown key(s) %2; expected %3.</source>
        <translation>%1：未知的键 %2；应为 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: entity = %2; expected one of %3.</source>
        <translation>%1：entity = %2；应为以下之一：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] is not a field of %3; expected one of %4.</source>
        <translation>%1：[fields.%2] 不是 %3 的字段；应为以下之一：%4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] match is for account references (account, parent) only.</source>
        <translation>%1：[fields.%2] 的 match 只能用于账户引用（account、parent）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; presets for %2: %3.</source>
        <translation>没有适用于 %2 的预设 %1；%2 的预设：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; no presets exist for %2.</source>
        <translation>没有适用于 %2 的预设 %1；%2 没有任何预设。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact of this row&apos;s account</source>
        <translation>本行账户的联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mixes encodings: line %2 is UTF-8 (%3) but line %4 is not (byte 0x%5), so line %6 disagrees with line %7. Save the file again in one encoding (UTF-8) and import that.</source>
        <translation>%1 混用了多种编码：第 %2 行是 UTF-8（%3），而第 %4 行不是（字节 0x%5），因此第 %6 行与第 %7 行不一致。请以单一编码（UTF-8）重新保存文件后再导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2; check that you may open it.</source>
        <translation>无法读取 %1：%2；请检查是否有权限打开它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 为空：需要一个标题行和若干数据行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>%1 是旧版 Excel（.xls）工作簿；请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a header row (%2) but no data rows.</source>
        <translation>%1 有标题行（%2），但没有数据行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads as UTF-8, but --encoding %2 was given: accented letters may come out garbled.</source>
        <translation>%1 可按 UTF-8 读取，但指定了 --encoding %2：带重音的字母可能会出现乱码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a well-formed CSV with delimiter %2: %3. Check the quoting, or give --delimiter.</source>
        <translation>%1 不是以 %2 分隔的有效 CSV：%3。请检查引号，或提供 --delimiter。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250.</source>
        <translation>%1 不是 abm-health 支持的编码；请使用 utf-8、utf-16、cp1252 或 cp1250。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid %2: byte 0x%3 on line %4 cannot be read. The file looks like %5; try --encoding %5.</source>
        <translation>%1 不是有效的 %2：第 %4 行的字节 0x%3 无法读取。该文件看起来是 %5；请尝试 --encoding %5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains NUL bytes when read as %2; it looks like UTF-16: try --encoding utf-16.</source>
        <translation>按 %2 读取时 %1 含有 NUL 字节；它看起来是 UTF-16：请尝试 --encoding utf-16。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a readable XLSX workbook: %2.</source>
        <translation>%1 不是可读取的 XLSX 工作簿：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no sheet %2; its sheets are: %3.</source>
        <translation>%1 中没有工作表 %2；其工作表为：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 does not exist.</source>
        <translation>查找文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in the current folder; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>当前文件夹中没有查找文件 %1；请在映射的 [lookups] 表中给出其路径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in %2; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>%2 中没有查找文件 %1；请在映射的 [lookups] 表中给出其路径。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 has no column %2; its columns are %3.</source>
        <translation>查找文件 %1 没有列 %2；其列为 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[lookups.%1] joins on the column %2, which the imported file does not have; name it with column = &quot;...&quot;.</source>
        <translation>[lookups.%1] 按列 %2 连接，但导入的文件没有该列；请用 column = &quot;...&quot; 指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has two columns for the same field: column %2 (%3) and column %4 (%5). Rename or delete one, or name the one to use in a mapping (--mapping).</source>
        <translation>%1 中有两列对应同一字段：第 %2 列（%3）和第 %4 列（%5）。请重命名或删除其中一列，或在映射（--mapping）中指定要使用的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses the file while any row fails</source>
        <translation>只要有任何一行出错，--strict 就拒绝该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses a column whose day/month order or decimal separator had to be judged; state it with --day-first or --decimal-comma (or in the mapping)</source>
        <translation>--strict 拒绝需要推断日月顺序或小数分隔符的列；请用 --day-first 或 --decimal-comma（或在映射中）指明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: it appeared while importing.</source>
        <translation>被拒行文件 %1 未写入：它在导入期间出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: %2.</source>
        <translation>被拒行文件 %1 未写入：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another session wrote the same records while this import ran, so nothing was written; run the import again (it will update what the other one inserted).</source>
        <translation>本次导入运行期间，另一个会话写入了相同的记录，因此未写入任何内容；请重新运行导入（它会更新另一会话插入的内容）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the account&apos;s external id, name or domain</source>
        <translation>账户的外部 ID、名称或域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contact&apos;s external id, email or name</source>
        <translation>联系人的外部 ID、邮箱或姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact&apos;s external id, email or name: the row takes its account when it names none (not stored)</source>
        <translation>联系人的外部 ID、邮箱或姓名：本行未指定账户时，采用该联系人的账户（联系人本身不保存）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s external id or name</source>
        <translation>营销活动的外部 ID 或名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parent account (external id, name or domain)</source>
        <translation>上级账户（外部 ID、名称或域名）</translation>
    </message>
</context>
<context>
    <name>ImportStages</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+40"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every cell</source>
        <translation>正在检查每个单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching references and existing records</source>
        <translation>正在匹配引用和现有记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/import_wizard/history.py" line="-131"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-59"/>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>互动事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nps</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nps_responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/import_summary.py" line="+28"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored column(s): %1.</source>
        <translation>忽略的列：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would insert %1, would update %2, unchanged %3, rejected %4.</source>
        <translation>将插入 %1，将更新 %2，无变化 %3，被拒 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation>已插入 %1，已更新 %2，无变化 %3，被拒 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) named a contact but no account and took the contact&apos;s account.</source>
        <translation>
            <numerusform>%Ln 行指定了联系人而未指定账户，已采用该联系人的账户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: %1.</source>
        <translation>未写入任何内容：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Recorded as batch %1 (`abm-health undo %1` reverts it).</source>
        <translation>已记录为批次 %1（`abm-health undo %1` 可撤销）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows written to %1 (with a reason column).</source>
        <translation>被拒行已写入 %1（附原因列）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delimiter %1</source>
        <translation>分隔符 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read %Ln %1 row(s) from %2 (%3).</source>
        <translation>
            <numerusform>从 %2 读取了 %Ln 行%1（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %Ln %1 row(s) from %2.</source>
        <translation>
            <numerusform>从 %2 读取了 %Ln 行%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 problem(s) on %2 row(s):</source>
        <translation>共 %1 个问题，涉及 %2 行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>First %n problem(s):</source>
        <translation>
            <numerusform>前 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 (record %2), column %3, value %4: expected %5</source>
        <translation>第 %1 行（记录 %2），列 %3，值 %4：应为 %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column %2, value %3: expected %4</source>
        <translation>第 %1 行，列 %2，值 %3：应为 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>... and %Ln more (see the rejects file).</source>
        <translation>
            <numerusform>……另有 %Ln 个（见被拒行文件）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>== %1 (%2)</source>
        <translation>== %1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read (no %1 preset names them): %2.</source>
        <translation>未读取（没有 %1 预设指向它们）：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder %1: %2 file(s) read, %3 failed; inserted %4, updated %5, rejected %6.</source>
        <translation>文件夹 %1：读取 %2 个文件，失败 %3 个；已插入 %4，已更新 %5，被拒 %6。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder %1: %2 file(s) read, %3 failed; would insert %4, updated %5, rejected %6.</source>
        <translation>文件夹 %1：读取 %2 个文件，失败 %3 个；将插入 %4，更新 %5，被拒 %6。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln activity row(s) took their account from their contact.</source>
        <translation>
            <numerusform>%Ln 行活动从其联系人处获取了账户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was written: --strict refuses the folder while any file fails or any row is rejected.</source>
        <translation>未写入任何内容：只要有任何文件失败或任何行被拒，--strict 就拒绝该文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as batch(es) %1 (undo them last first with `abm-health undo BATCH`).</source>
        <translation>已记录为批次 %1（请用 `abm-health undo BATCH` 从最后一个开始撤销）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+52"/>
        <location line="+31"/>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: %1</source>
        <translation>停止：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 did not finish</source>
        <translation>未能完成：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/dashboard/tile.py" line="+27"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>KpisCommand</name>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+82"/>
        <source>--from %1 is after --to %2; the period must not be empty</source>
        <translation>--from %1 晚于 --to %2；期间不能为空</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>打印某一期间的所有 KPI，以及上期数值和变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every metric of the catalog for a period [from, to] and the period of equal length before it. Vanity and caution metrics are shown apart, with the metric to steer by instead.</source>
        <translation>指标目录中的每个指标在期间 [from, to] 及其之前等长期间内的值。虚荣指标和慎用指标单独列出，并给出应据以决策的替代指标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first day (default: %1 days before --to)</source>
        <translation>第一天（默认：--to 之前 %1 天）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last day, included (default: the workspace&apos;s data date)</source>
        <translation>最后一天，包含在内（默认：工作区的数据日期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts with this owner</source>
        <translation>仅此负责人的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>仅此层级的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts in this region</source>
        <translation>仅此区域的账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account: id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>单个账户：id:N（工作区 ID）、ext:ID（CRM ID）、域名或名称</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/all_accounts.py" line="+18"/>
        <source>also count the accounts not on the target list (default: the portfolio, i.e. the target accounts)</source>
        <translation>同时统计不在目标名单上的账户（默认：账户组合，即目标账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+10"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01</source>
        <translation>%1 不是日期；请写成 YYYY-MM-DD，例如 2026-10-01</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no account has owner %1; known: %2</source>
        <translation>没有账户的负责人为 %1；已知值：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no account has region %1; known: %2</source>
        <translation>没有账户的区域为 %1；已知值：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no account matches %1</source>
        <translation>没有账户符合 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target account matches %1</source>
        <translation>没有目标账户符合 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>account %1 (id %2)</source>
        <translation>账户 %1（ID %2）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>caution: small sample</source>
        <translation>慎用：样本过小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use %1 (%2) instead</source>
        <translation>请改用 %1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[vanity] %1</source>
        <translation>[虚荣] %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[caution] %1</source>
        <translation>[慎用] %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs for %1, %2 (previous: %3)</source>
        <translation>%1 的 KPI，%2（上期：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>我们不据以决策的指标及原因</translation>
    </message>
</context>
<context>
    <name>LikelihoodWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/likelihood.py" line="+26"/>
        <source>not enough history: %n customer observations, %1 needed</source>
        <translation>
            <numerusform>历史数据不足：客户观测值 %n 个，需要 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: %n prospect observations, %1 needed</source>
        <translation>
            <numerusform>历史数据不足：潜在客户观测值 %n 个，需要 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: no churn outcomes among %n</source>
        <translation>
            <numerusform>历史数据不足：%n 个观测值中没有流失结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: no opportunity outcomes among %n</source>
        <translation>
            <numerusform>历史数据不足：%n 个观测值中没有产生商机的结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: only churn outcomes among %n</source>
        <translation>
            <numerusform>历史数据不足：%n 个观测值全部为流失结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: only opportunity outcomes among %n</source>
        <translation>
            <numerusform>历史数据不足：%n 个观测值全部为产生商机的结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churn within %1 days, calibrated on %2 observations</source>
        <translation>%1 天内流失，基于 %2 个观测值校准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity within %1 days, calibrated on %2 observations</source>
        <translation>%1 天内产生商机，基于 %2 个观测值校准</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>churn within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>%1 天内流失，基于此工作区 %2 个月末观测值校准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opportunity within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>%1 天内产生商机，基于此工作区 %2 个月末观测值校准</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity created</source>
        <translation>已产生商机</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <location filename="../../desktop/shared/wording/locks.py" line="+17"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history write</source>
        <translation>健康度历史写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history recompute</source>
        <translation>健康度历史重算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another session is running an %1</source>
        <translation>另一个会话正在运行%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2</source>
        <translation>%1 正在%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 (since %3)</source>
        <translation>%1 正在%2（自 %3 起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running an %1</source>
        <translation>运行%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importing %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recomputing the health history</source>
        <translation>重算健康度历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filling in the weekly health history</source>
        <translation>补全每周健康度历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a health model version</source>
        <translation>保存健康度模型版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing health history</source>
        <translation>写入健康度历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; try again when it has finished.</source>
        <translation>工作区正忙：%1；请在其完成后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; gave up after waiting %2 s. Try again when it has finished.</source>
        <translation>工作区正忙：%1；已等待 %2 秒后放弃。请在其完成后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: %1.</source>
        <translation>等待中：%1。</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/lookups.py" line="+39"/>
        <source>Look up in %1</source>
        <translation>在 %1 中查找</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name (columns read as NAME.Column)</source>
        <translation>名称（列读作 NAME.Column）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its column identifying a row</source>
        <translation>其中用于识别行的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported file&apos;s column holding it</source>
        <translation>导入文件中包含该值的列</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+200"/>
        <location line="+106"/>
        <source>Portfolio</source>
        <translation>账户组合</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;history</source>
        <translation>导入历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account</source>
        <translation>查找账户(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to portfolio</source>
        <translation>返回账户组合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toggle light/dark</source>
        <translation>切换浅色/深色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About abm-health</source>
        <translation>关于 abm-health(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No other recent workspaces</source>
        <translation>没有其他最近使用的工作区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Creating the demo portfolio…</source>
        <translation>正在创建演示账户组合…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New workspace at %1: filled with a demo portfolio to explore.</source>
        <translation>已在 %1 新建工作区：已填入演示账户组合供您探索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo portfolio is loaded into %1.</source>
        <translation>演示账户组合已载入 %1。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 already exists; choose File &gt; Open workspace to open it, or another name for a new workspace.</source>
        <translation>%1 已存在；请通过“文件 &gt; 打开工作区”打开它，或为新工作区另取一个名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening %1 failed</source>
        <translation>打开 %1 失败</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>abm-health — %1</source>
        <translation>abm-health — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 target accounts · data as of %2</source>
        <translation>%1 个目标账户 · 数据截至 %2</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Creating a demo portfolio</source>
        <translation>正在创建演示账户组合</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>The workspace was changed by someone else; reloaded.</source>
        <translation>工作区已被其他人修改；已重新加载。</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite *.sqlite3 *.db *.abm);;All files (*)</source>
        <translation>abm-health 工作区 (*.sqlite *.sqlite3 *.db *.abm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite)</source>
        <translation>abm-health 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opening the workspace</source>
        <translation>正在打开工作区</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace was changed by another program; reloaded.</source>
        <translation>工作区已被其他程序修改；已重新加载。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This workspace has no target accounts yet. Import accounts with File &gt; Import… (Ctrl+I) or drop a CSV or XLSX file on this window.</source>
        <translation>此工作区还没有目标账户。请通过“文件 &gt; 导入…”（Ctrl+I）导入账户，或将 CSV 或 XLSX 文件拖放到此窗口。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Health history: %Ln weekly snapshots added.</source>
        <translation>
            <numerusform>健康度历史：已新增 %Ln 个每周快照。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing the weekly health history</source>
        <translation>正在计算每周健康度历史</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Loading the workspace failed</source>
        <translation>加载工作区失败</translation>
    </message>
</context>
<context>
    <name>MappingFiles</name>
    <message>
        <location filename="../../desktop/shared/wording/mapping_files.py" line="+21"/>
        <source>%1 = %2 must be text in quotes</source>
        <translation>%1 = %2 必须是用引号括起的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 must be true or false</source>
        <translation>%1 = %2 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields must be a table ([fields])</source>
        <translation>fields 必须是一个表（[fields]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[fields.%1] %2</source>
        <translation>[fields.%1] %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value = %1 must be one text, number or true/false</source>
        <translation>value = %1 必须是单个文本、数字或 true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns = %1 must be a list of column names</source>
        <translation>columns = %1 必须是列名的列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values = %1 must be a table such as { &quot;Closed Won&quot; = &quot;won&quot; }</source>
        <translation>values = %1 必须是一个表，例如 { &quot;Closed Won&quot; = &quot;won&quot; }</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale = %1 must be a number greater than 0, e.g. 1000000</source>
        <translation>scale = %1 必须是大于 0 的数字，例如 1000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if field = %1 must be a field name in quotes</source>
        <translation>only_if field = %1 必须是用引号括起的字段名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if in = %1 must be a list such as [&quot;won&quot;, &quot;lost&quot;]</source>
        <translation>only_if in = %1 必须是一个列表，例如 [&quot;won&quot;, &quot;lost&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rule %2</source>
        <translation>%1：规则 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when takes { column = &quot;...&quot;, above = 0 } (or below, at_least, at_most, equals, in, blank).</source>
        <translation>%1：when 的格式为 { column = &quot;...&quot;, above = 0 }（或 below、at_least、at_most、equals、in、blank）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when needs a column and exactly one of %2.</source>
        <translation>%1：when 需要一个列，以及 %2 中的恰好一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when %2 takes a number, not %3.</source>
        <translation>%1：when %2 需要一个数字，而不是 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when blank takes true or false.</source>
        <translation>%1：when blank 需要 true 或 false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when in takes a list of values.</source>
        <translation>%1：when in 需要一个值的列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rules takes a list of { contains = &quot;...&quot;, value = &quot;...&quot; }.</source>
        <translation>%1：rules 需要一个 { contains = &quot;...&quot;, value = &quot;...&quot; } 的列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table such as { contains = &quot;demo&quot;, value = &quot;demo&quot; }.</source>
        <translation>%1 必须是一个表，例如 { contains = &quot;demo&quot;, value = &quot;demo&quot; }。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个 value。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a test: exact, contains, regex or when.</source>
        <translation>%1 需要一个条件：exact、contains、regex 或 when。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: regex %2 is not a regular expression (%3).</source>
        <translation>%1：regex %2 不是有效的正则表达式（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a column name or a table.</source>
        <translation>%1 必须是列名或一个表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs exactly one of column, columns, template or value.</source>
        <translation>%1 需要 column、columns、template 或 value 中的恰好一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: only_if takes a column name or { field = ..., in = [...] }.</source>
        <translation>%1：only_if 需要一个列名或 { field = ..., in = [...] }。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match takes account fields among %2; got %3.</source>
        <translation>%1：match 需要 %2 中的账户字段；实际为 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: match takes account fields among %2; got none.</source>
        <translation>%1：match 需要 %2 中的账户字段；未给出任何字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match = [%2] needs as many columns, in the same order (columns = [...]); got %3.</source>
        <translation>%1：match = [%2] 需要同样数量、同样顺序的列（columns = [...]）；实际给出 %3 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [lookups] must hold tables such as [lookups.lead].</source>
        <translation>%1：[lookups] 必须包含表，例如 [lookups.lead]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table with file and key.</source>
        <translation>%1 必须是包含 file 和 key 的表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs file and key (text).</source>
        <translation>%1 需要 file 和 key（文本）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 (text).</source>
        <translation>%1 需要 %2（文本）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+112"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields marked * are required. Suggestions come from the headers or from the preset you chose.</source>
        <translation>标有 * 的字段为必填项。建议来自表头或您所选的预设。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look up another file…</source>
        <translation>从另一个文件查找…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take columns from another file of the same export through an id, e.g. a lead&apos;s company for a deal naming its lead</source>
        <translation>通过 ID 从同一次导出的另一个文件中取列，例如为指明其线索的交易取该线索的公司</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the mapping</source>
        <translation>来自映射</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(mapping) %1</source>
        <translation>（映射）%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Field id in mapping files: %1</source>
        <translation>映射文件中的字段 ID：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 value(s) to translate: %2</source>
        <translation>%1 个值需要转换：%2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Still needed: %1</source>
        <translation>仍需：%1</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Values…</source>
        <translation>值…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Another file of the export</source>
        <translation>同一次导出的另一个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>导出文件 (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappings (*.toml)</source>
        <translation>映射 (*.toml)</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <location filename="../../desktop/reports/meeting_pack.py" line="+49"/>
        <source>Meeting pack</source>
        <translation>会议资料包</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, compared with %2 · Data as of %3</source>
        <translation>%1，对比 %2 · 数据截至 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPIs to steer by</source>
        <translation>据以决策的 KPI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 KPIs had no data in either period.</source>
        <translation>有 %1 个 KPI 在两个期间内均无数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts at risk</source>
        <translation>有风险的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is at risk.</source>
        <translation>没有账户处于有风险状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biggest movers in four weeks</source>
        <translation>四周内变动最大的账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score history yet to compare with.</source>
        <translation>尚无可供比较的评分历史。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health: scores as of %1, model version %2.</source>
        <translation>健康度：评分截至 %1，模型版本 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: scores as of %1.</source>
        <translation>健康度：评分截至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health: not scored, model version %1.</source>
        <translation>健康度：未评分，模型版本 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: not scored.</source>
        <translation>健康度：未评分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs for %1 against %2; rates compare in percentage points. n is the sample size where one applies.</source>
        <translation>%1 的 KPI 与 %2 对比；比率的变化以百分点计。n 为适用时的样本量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · 数据截至 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4 周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main driver</source>
        <translation>主要驱动因素</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engaged community per month (contacts)</source>
        <translation>每月已参与社群（联系人数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journey funnel: accounts that had reached each stage by the period&apos;s end</source>
        <translation>客户旅程漏斗：截至期末已到达各阶段的账户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 onward</source>
        <translation>%1 进入下一阶段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CTA conversion along the journey</source>
        <translation>客户旅程中的 CTA 转化</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NPS responses by score (NPS %1, n = %2)</source>
        <translation>按评分统计的 NPS 回复（NPS %1，n = %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers per health band, weekly</source>
        <translation>每周各健康度等级的客户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects per intent band, weekly</source>
        <translation>每周各意向等级的潜在客户数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MQLs by campaign, with cost per MQL</source>
        <translation>各营销活动的 MQL 及单个 MQL 成本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MQLs · %2</source>
        <translation>%1 个 MQL · %2</translation>
    </message>
</context>
<context>
    <name>MovedTab</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <location line="+37"/>
        <source>Working out what moved the score…</source>
        <translation>正在分析评分变动原因…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to compare from %1 to %2: %3.</source>
        <translation>%1 至 %2 之间无可比较：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>模型版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>模型版本 %1 和 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 the score went from %3 (%4) to %5 (%6): %7 points (%8). The cells add up to the change.</source>
        <translation>从 %1 到 %2，评分从 %3（%4）变为 %5（%6）：%7 分（%8）。各单元格之和即为变动值。</translation>
    </message>
</context>
<context>
    <name>MovementWords</name>
    <message>
        <location filename="../../desktop/shared/wording/movement.py" line="+43"/>
        <source>new activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing</source>
        <translation>时间推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model change</source>
        <translation>模型变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed and older touches left the window</source>
        <translation>参与度衰减，较早的接触移出了窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts&apos; touches left the window</source>
        <translation>联系人的接触移出了窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent engagement and actions aged</source>
        <translation>近期参与和行动已变旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals and wins aged</source>
        <translation>交易和赢单已变旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renewal came nearer</source>
        <translation>续约临近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses and questions aged</source>
        <translation>回复和问题已变旧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>email open</source>
        <translation>邮件打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email click</source>
        <translation>邮件点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content view</source>
        <translation>内容浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content download</source>
        <translation>内容下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web visit</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page view</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form view</source>
        <translation>表单浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form fill</source>
        <translation>表单提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA 点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ad click</source>
        <translation>广告点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social engagement</source>
        <translation>社交参与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar registration</source>
        <translation>网络研讨会报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar attended</source>
        <translation>出席网络研讨会</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo booked on %1</source>
        <translation>%1 预约了演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call booked on %1</source>
        <translation>%1 预约了通话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo held on %1</source>
        <translation>%1 举行了演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call held on %1</source>
        <translation>%1 举行了通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting booked on %1</source>
        <translation>%1 预约了会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting held on %1</source>
        <translation>%1 举行了会议</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n email opens</source>
        <translation>
            <numerusform>%n 次邮件打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n email clicks</source>
        <translation>
            <numerusform>%n 次邮件点击</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content views</source>
        <translation>
            <numerusform>%n 次内容浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content downloads</source>
        <translation>
            <numerusform>%n 次内容下载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n web visits</source>
        <translation>
            <numerusform>%n 次网站访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page views</source>
        <translation>
            <numerusform>%n 次页面浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form views</source>
        <translation>
            <numerusform>%n 次表单浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form fills</source>
        <translation>
            <numerusform>%n 次表单提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA views</source>
        <translation>
            <numerusform>%n 次 CTA 浏览</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA clicks</source>
        <translation>
            <numerusform>%n 次 CTA 点击</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ad clicks</source>
        <translation>
            <numerusform>%n 次广告点击</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n social engagements</source>
        <translation>
            <numerusform>%n 次社交参与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinar registrations</source>
        <translation>
            <numerusform>%n 次网络研讨会报名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinars attended</source>
        <translation>
            <numerusform>%n 次出席网络研讨会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n touches of kind &apos;%1&apos;</source>
        <translation>
            <numerusform>%n 次“%1”类接触</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question asked, latest on %1</source>
        <translation>
            <numerusform>提出 %n 个问题，最近一次在 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions asked, latest on %1</source>
        <translation>
            <numerusform>提出 %n 个问题，最近一次在 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the renewal came nearer (%n days left)</source>
        <translation>
            <numerusform>续约临近（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>touch of kind &apos;%1&apos;</source>
        <translation>“%1”类接触</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3)</source>
        <translation>%2 %1（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, latest on %2 (%3)</source>
        <translation>%1，最近一次在 %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, latest on %2</source>
        <translation>%1，最近一次在 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opportunity &apos;%1&apos; created on %2</source>
        <translation>%2 创建商机“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; won on %2</source>
        <translation>%2 赢得商机“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; lost on %2</source>
        <translation>%2 输掉商机“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; started on %2</source>
        <translation>%2 开始订阅“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; churned on %2</source>
        <translation>%2 订阅“%1”流失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; ended on %2</source>
        <translation>%2 订阅“%1”结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS %1 (promoter) on %2</source>
        <translation>%2 NPS %1（推荐者）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1 (detractor) on %2</source>
        <translation>%2 NPS %1（贬损者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 (passive) on %2</source>
        <translation>%2 NPS %1（中立者）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>engagement decayed from %1 to %2 points without new touches, the tier&apos;s reference moved from %3 to %4</source>
        <translation>在没有新接触的情况下，参与度从 %1 分衰减到 %2 分，该层级的参照值从 %3 变为 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed from %1 to %2 points without new touches</source>
        <translation>在没有新接触的情况下，参与度从 %1 分衰减到 %2 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the win of %1 aged out of the window</source>
        <translation>%1 的赢单已移出窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open deals aged against the tier&apos;s median</source>
        <translation>未结交易相对于该层级中位数已变旧</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>no score on %1</source>
        <translation>%1 无评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored in between</source>
        <translation>期间内未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score to compare</source>
        <translation>没有可比较的评分</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new activity %1: no new activity</source>
        <translation>新活动 %1：没有新活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new activity %1: %2</source>
        <translation>新活动 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model change %1: same model</source>
        <translation>模型变更 %1：模型相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: model version %2 to %3</source>
        <translation>模型变更 %1：模型版本 %2 变为 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: other weights or thresholds</source>
        <translation>模型变更 %1：权重或阈值不同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time passing %1</source>
        <translation>时间推移 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing %1: %2</source>
        <translation>时间推移 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing moved</source>
        <translation>%1：无变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mostly %2</source>
        <translation>%1，主要原因是%2</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/account/notes.py" line="+148"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, or what to do next…</source>
        <translation>发生了什么，或下一步要做什么…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action, due on</source>
        <translation>下一步行动，截止日期</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location line="-106"/>
        <source>Reloading the notes</source>
        <translation>正在重新加载备注</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The note could not be saved: %1</source>
        <translation>无法保存备注：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo add note</source>
        <translation>撤销添加备注</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo edit note</source>
        <translation>撤销编辑备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complete action</source>
        <translation>完成行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo complete action</source>
        <translation>撤销完成行动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen action</source>
        <translation>重新打开行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo reopen action</source>
        <translation>撤销重新打开行动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo delete note</source>
        <translation>撤销删除备注</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="+55"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add next action</source>
        <translation>添加下一步行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次更改（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <comment>notes, open actions</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln 条备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open actions</source>
        <translation>
            <numerusform>%Ln 项未完成行动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../desktop/shared/wording/safe_paths.py" line="+18"/>
        <source>%1 %2 is %3 (%4); choose another file name</source>
        <translation>%1 %2 是%3（%4）；请选择其他文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is a folder; give a file name inside it</source>
        <translation>%1 %2 是文件夹；请给出其中的文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: the folder %3 does not exist; create it first</source>
        <translation>%1 %2：文件夹 %3 不存在；请先创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 already exists; choose another name, or add --force to replace it</source>
        <translation>%1 %2 已存在；请选择其他名称，或加上 --force 以替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a regular file; choose another name</source>
        <translation>%1 %2 不是普通文件；请选择其他名称</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../desktop/dashboard/period_picker.py" line="+73"/>
        <source>Q%1 %2</source>
        <translation>%2 年第 %1 季度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <comment>from day – to day</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location line="+89"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>compared with %1</source>
        <translation>对比 %1</translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message>
        <location filename="../../desktop/shared/wording/periods.py" line="+20"/>
        <source>a period must end after it starts: got start %1 and end %2; choose an end date later than the start date</source>
        <translation>期间必须在开始之后结束：开始为 %1，结束为 %2；请选择晚于开始日期的结束日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarter must be 1, 2, 3 or 4, not %1</source>
        <translation>季度必须为 1、2、3 或 4，而不是 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../desktop/portfolio/model.py" line="+46"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最近计分接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>未结销售管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood within 90 days, calibrated on this workspace&apos;s month-end history: of churn for a customer, of an opportunity for a prospect</source>
        <translation>90 天内的可能性，基于此工作区的月末历史校准：客户为流失可能性，潜在客户为产生商机的可能性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score change over the last 4 weeks (arrow: up, down or flat)</source>
        <translation>最近 4 周的健康度评分变化（箭头：上升、下降或持平）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly health score over the model&apos;s sparkline window</source>
        <translation>模型迷你图窗口内的每周健康度评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS (latest response per contact) and the number of responses</source>
        <translation>账户 NPS（每位联系人的最新回复）及回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time anyone at the account engaged</source>
        <translation>该账户中任何人最近一次参与的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunity amount</source>
        <translation>未结商机金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next renewal of an active subscription</source>
        <translation>有效订阅的下次续约</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>churn %1</source>
        <comment>likelihood of churn</comment>
        <translation>流失 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opp. %1</source>
        <comment>likelihood of an opportunity</comment>
        <translation>商机 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+194"/>
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln 周</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No NPS responses in the window</source>
        <translation>窗口内没有 NPS 回复</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Caution: small sample (%Ln responses)</source>
        <translation>
            <numerusform>慎用：样本过小（%Ln 份回复）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln responses</source>
        <translation>
            <numerusform>%Ln 份回复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../desktop/portfolio/page.py" line="+87"/>
        <source>Portfolio</source>
        <translation>账户组合</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+58"/>
        <source>Loading the portfolio…</source>
        <translation>正在加载账户组合…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As it stood on %1 (the data goes on to %2)</source>
        <translation>显示 %1 当日的状态（数据一直到 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · health model v%1</source>
        <translation> · 健康度模型 v%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Filter kept until you close the window: %1</source>
        <translation>筛选将保留到关闭窗口为止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the filter</source>
        <translation>正在保存筛选</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../desktop/dashboard/sections.py" line="+109"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 / %3 部分）</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/dashboard/presentation.py" line="+50"/>
        <location line="+39"/>
        <source>abm-health — presentation</source>
        <translation>abm-health — 演示</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>← →  sections      Esc  leave</source>
        <translation>← →  切换部分      Esc  退出</translation>
    </message>
</context>
<context>
    <name>PresetTitles</name>
    <message>
        <location filename="../../desktop/import_wizard/preset_titles.py" line="+16"/>
        <source>HubSpot calls export</source>
        <translation>HubSpot 通话导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot companies export</source>
        <translation>HubSpot 公司导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot contacts export</source>
        <translation>HubSpot 联系人导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot deals export</source>
        <translation>HubSpot 交易导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot meetings export</source>
        <translation>HubSpot 会议导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce accounts report</source>
        <translation>Salesforce 账户报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce campaigns report</source>
        <translation>Salesforce 营销活动报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce contacts report</source>
        <translation>Salesforce 联系人报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce opportunities report</source>
        <translation>Salesforce 商机报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM accounts export</source>
        <translation>Zoho CRM 账户导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM calls export</source>
        <translation>Zoho CRM 通话导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM campaigns export</source>
        <translation>Zoho CRM 营销活动导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM contacts export</source>
        <translation>Zoho CRM 联系人导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM deals export</source>
        <translation>Zoho CRM 交易导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM events export</source>
        <translation>Zoho CRM 活动日程导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM leads export</source>
        <translation>Zoho CRM 线索导出</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="-305"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delimiter %1</source>
        <translation>分隔符 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Showing the first %2 rows; row numbers are the file&apos;s.</source>
        <translation>%1。显示前 %2 行；行号为文件中的行号。</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../../desktop/shared/wording/progress.py" line="+22"/>
        <source>Computing the KPIs</source>
        <translation>正在计算 KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>客户旅程漏斗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account health</source>
        <translation>账户健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly trends</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing account activity</source>
        <translation>正在准备账户活动数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring as of %1</source>
        <translation>正在评分（截至 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the %1 sheet</source>
        <translation>正在写入“%1”工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n files to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedPaths</name>
    <message>
        <location filename="../../desktop/shared/wording/protected.py" line="+14"/>
        <source>the workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of the workspace</source>
        <translation>工作区的一个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input of this command</source>
        <translation>此命令的一个输入文件</translation>
    </message>
</context>
<context>
    <name>ReadyPortfolio</name>
    <message>
        <location filename="../../desktop/commands/ready_portfolio.py" line="+42"/>
        <source>Prepared the portfolio for the window in %1 s.</source>
        <translation>已在 %1 秒内为窗口准备好账户组合。</translation>
    </message>
</context>
<context>
    <name>ReliabilityModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+62"/>
        <source>Customers: churn</source>
        <translation>客户：流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>潜在客户：商机</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desktop/reports/charts.py" line="+176"/>
        <source>vs %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No engagement in these weeks</source>
        <translation>这几周没有参与</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing in this period</source>
        <translation>本期没有数据</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+38"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch</source>
        <translation>接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>素材</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches, %1 days</source>
        <translation>计分接触次数（%1 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最近计分接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL</source>
        <translation>MQL 日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed</source>
        <translation>退订日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>安排在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM stage</source>
        <translation>CRM 阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>结单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scored touches: the contact&apos;s touches worth engagement points (events, meetings booked, demos held) in the %1 days up to %2, as the health score counts them; sends, deliveries, bounces and opens worth no points do not count.</source>
        <translation>计分接触次数：截至 %2 的 %1 天内，该联系人可获得参与度分数的接触（事件、已预约会议、已举行演示），计法与健康度评分相同；不计分的发送、送达、退回和打开不计入。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../desktop/commands/report.py" line="+44"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>写入账户报告（PDF/HTML）、账户组合工作簿（XLSX/CSV）或会议资料包（PDF）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board-ready reports from the workspace: the same numbers as the window.</source>
        <translation>基于工作区、可直接提交董事会的报告：数字与窗口中一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one account as PDF or HTML</source>
        <translation>单个账户的报告，PDF 或 HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>id:N（工作区 ID）、ext:ID（CRM ID）、域名或名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.pdf or FILE.html</source>
        <translation>FILE.pdf 或 FILE.html</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the portfolio workbook, XLSX or CSV files</source>
        <translation>账户组合工作簿，XLSX 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.xlsx, or a folder for --format csv (one CSV per sheet)</source>
        <translation>FILE.xlsx，或使用 --format csv 时的文件夹（每个工作表一个 CSV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: xlsx, or csv when -o is not an .xlsx file</source>
        <translation>默认：xlsx；-o 不是 .xlsx 文件时为 csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the alignment-meeting pack as PDF</source>
        <translation>对齐会议的会议资料包（PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only accounts with this owner</source>
        <translation>仅此负责人的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>仅此层级的账户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first day (default: 30 days before --to)</source>
        <translation>第一天（默认：--to 之前 30 天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day, included; health is scored as of it (default: the workspace&apos;s data date, its latest dated record)</source>
        <translation>最后一天，包含在内；健康度按该日评分（默认：工作区的数据日期，即其最晚的带日期记录）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace an existing output file (never the workspace)</source>
        <translation>替换已有的输出文件（绝不替换工作区）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-o %1 is %2; choose a folder</source>
        <translation>-o %1 是%2；请选择一个文件夹</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>abm-health report: %1</source>
        <translation>abm-health report：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2; choose a folder you can write to</source>
        <translation>无法写入 %1：%2；请选择一个有写入权限的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder %1 does not exist; create it or choose another output path</source>
        <translation>文件夹 %1 不存在；请创建它或选择其他输出路径</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: an account report is a .pdf or .html file</source>
        <translation>-o %1：账户报告须为 .pdf 或 .html 文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+62"/>
        <source>Wrote %1 (%2 pages): %3, %4.</source>
        <translation>已写入 %1（%2 页）：%3，%4。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Wrote %1: %2, %3.</source>
        <translation>已写入 %1：%2，%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the workbook is an .xlsx file (or use --format csv and a folder)</source>
        <translation>-o %1：工作簿须为 .xlsx 文件（或使用 --format csv 并指定文件夹）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o %1: with --format csv, -o names a folder for one CSV per sheet</source>
        <translation>-o %1：使用 --format csv 时，-o 指定一个文件夹，每个工作表写一个 CSV</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 for %2, %3: %4 rows.</source>
        <translation>已为 %2，%3 写入 %1：%4 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 CSV files in %2 for %3, %4: %5 rows.</source>
        <translation>已在 %2 中为 %3，%4 写入 %1 个 CSV 文件：%5 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the meeting pack is a .pdf file</source>
        <translation>-o %1：会议资料包须为 .pdf 文件</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../desktop/reports/document.py" line="+150"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/reports/exports.py" line="+68"/>
        <source>Reading the workspace</source>
        <translation>正在读取工作区</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Scoring account health</source>
        <translation>正在计算账户健康度</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>未校准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an opportunity is already open</source>
        <translation>已有一个未结商机</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Computing the account&apos;s KPIs</source>
        <translation>正在计算该账户的 KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+67"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Computing the portfolio&apos;s KPIs</source>
        <translation>正在计算账户组合的 KPI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey funnel</source>
        <translation>客户旅程漏斗</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReportFootnotes</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+126"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>health model version %1; score = Σ weight × component / Σ weight over the components that apply (%2).</source>
        <translation>健康度模型版本 %1；评分 = Σ 权重 × 分项 / 适用分项的 Σ 权重（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period %1, compared with %2; data as of %3 (nothing dated later is used).</source>
        <translation>期间 %1，对比 %2；数据截至 %3（不使用任何日期更晚的数据）。</translation>
    </message>
</context>
<context>
    <name>ReportProfile</name>
    <message>
        <location line="-143"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../../desktop/reports/sections.py" line="+31"/>
        <source>vanity</source>
        <translation>虚荣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>慎用</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 more not shown.</source>
        <translation>另有 %1 项未显示。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>不据此决策的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>改用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes and definitions</source>
        <translation>注释与定义</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="-64"/>
        <source>Latest touches</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>采购委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>备注与下一步行动</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../desktop/reports/formatting.py" line="+45"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no trend yet</source>
        <translation>暂无趋势</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>4 周内 %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+64"/>
        <source>Email sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>邮件已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>邮件打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>邮件点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>邮件退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email unsubscribe</source>
        <translation>邮件退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>内容浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>内容下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>表单浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>表单提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA 点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>广告点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>社交参与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registered</source>
        <translation>网络研讨会报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>网络研讨会出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>媒体提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic</source>
        <translation>非付费搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business</source>
        <translation>新业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+73"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses and comments</source>
        <translation>NPS 回复与评论</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Account NPS %1 from %Ln recent responses (latest per contact); promoters score 9–10, detractors 0–6.</source>
        <translation>
            <numerusform>账户 NPS 为 %1，来自最近 %Ln 份回复（每位联系人取最新一份）；推荐者评分 9–10，贬损者评分 0–6。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent NPS responses; %1 in total.</source>
        <translation>近期没有 NPS 回复；共 %1 份。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/shared/wording/roles.py" line="+15"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>内部支持者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>阻碍者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/kpis.py" line="-104"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%Ln 个账户（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%Ln 个目标账户（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every account (%Ln accounts)</source>
        <translation>
            <numerusform>全部账户（%Ln 个账户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>账户组合（%Ln 个目标账户）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingMeanings</name>
    <message>
        <location filename="../../desktop/shared/wording/setting_values.py" line="+19"/>
        <source>the ISO code every amount is kept in</source>
        <translation>所有金额所用货币的 ISO 代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead score at which a contact is an MQL</source>
        <translation>联系人成为 MQL 的线索评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days for an engagement point to lose half its weight</source>
        <translation>参与度积分权重减半所需的天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS responses below which a score is flagged as a small sample</source>
        <translation>低于此数量时评分标记为小样本的 NPS 回答数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of engagement a journey stage looks back</source>
        <translation>客户旅程阶段回看的参与天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account points to count as engaged</source>
        <translation>账户被视为已参与所需的积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account points to count as a marketing-qualified account</source>
        <translation>账户被视为营销合格账户（MQA）所需的积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQL contacts to count as a marketing-qualified account</source>
        <translation>账户被视为营销合格账户（MQA）所需的 MQL 联系人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days without a touch before an account is silent</source>
        <translation>账户被视为沉寂前无接触的天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours within which a question counts as answered in time</source>
        <translation>问题被视为及时回答的小时数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross margin used for LTV, as a fraction</source>
        <translation>用于 LTV 的毛利率（小数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-campaign sales and marketing cost per year, for CAC</source>
        <translation>用于 CAC 的非营销活动年度销售和营销成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown as vanity (comma-separated)</source>
        <translation>显示为虚荣指标的指标 ID（以逗号分隔）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown with caution (comma-separated)</source>
        <translation>标记为慎用的指标 ID（以逗号分隔）</translation>
    </message>
</context>
<context>
    <name>SettingValueWords</name>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: no metric has the id %2; `abm-health kpis --format json` lists the ids.</source>
        <translation>
            <numerusform>%1：没有 ID 为 %2 的指标；`abm-health kpis --format json` 会列出所有 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %2 is in %3 already; a metric is vanity or caution, not both.</source>
        <translation>
            <numerusform>%1：%2 已在 %3 中；一个指标只能是虚荣或慎用之一，不能两者都是。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln opportunity amount(s)</source>
        <translation>
            <numerusform>%Ln 个商机金额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln subscription ARR value(s)</source>
        <translation>
            <numerusform>%Ln 个订阅 ARR 值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln campaign cost(s)</source>
        <translation>
            <numerusform>%Ln 个营销活动成本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln account annual revenue(s)</source>
        <translation>
            <numerusform>%Ln 个账户年收入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingValues</name>
    <message>
        <location line="-62"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1</source>
        <translation>大于 %1 的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1</source>
        <translation>大于 %1 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least %1</source>
        <translation>不小于 %1 的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least %1</source>
        <translation>不小于 %1 的整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1 and at most %2</source>
        <translation>大于 %1 且不超过 %2 的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1 and at most %2</source>
        <translation>大于 %1 且不超过 %2 的整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a table of values; change it in the window&apos;s Settings.</source>
        <translation>%1 是一张数值表；请在窗口的“设置”中修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no setting %1; settings that can be set: %2.</source>
        <translation>没有设置 %1；可以设置的有：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency %1 is not an ISO currency code; expected three letters such as USD, EUR or PLN.</source>
        <translation>货币 %1 不是 ISO 货币代码；应为三个字母，例如 USD、EUR 或 PLN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not a number; expected %3.</source>
        <translation>%1 %2 不是数字；应为%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a whole number; expected %3.</source>
        <translation>%1 %2 不是整数；应为%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is out of range; expected %3.</source>
        <translation>%1 %2 超出范围；应为%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>half_life_days %1 is too short for stage_window_days %2: a journey stage looks back at most %3 half-lives; expected a half-life of at least %4 days or a shorter window.</source>
        <translation>half_life_days %1 对于 stage_window_days %2 过短：客户旅程阶段最多回看 %3 个半衰期；半衰期应至少为 %4 天，或缩短回看窗口。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the currency stays %1: the workspace holds amounts in %1 (%2), and amounts are never converted. Load an export in %3 into a new workspace (--workspace NEW.sqlite).</source>
        <translation>货币仍为 %1：工作区中有以 %1 计的金额（%2），而金额从不换算。请将 %3 的导出数据载入新的工作区（--workspace NEW.sqlite）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../desktop/commands/settings.py" line="+33"/>
        <source>print the workspace settings, or change one with `settings set KEY VALUE`</source>
        <translation>打印工作区设置，或用 `settings set KEY VALUE` 更改其中一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every workspace setting, or change one: %1.</source>
        <translation>列出所有工作区设置，或修改其中一项：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set KEY VALUE changes one setting</source>
        <translation>set KEY VALUE 更改一项设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the setting, e.g. currency</source>
        <translation>设置项，例如 currency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its new value, e.g. PLN (lists comma-separated)</source>
        <translation>新值，例如 PLN（列表用逗号分隔）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>settings set needs KEY and VALUE, e.g. `abm-health settings set currency PLN`</source>
        <translation>settings set 需要 KEY 和 VALUE，例如 `abm-health settings set currency PLN`</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>abm-health settings: %1</source>
        <translation>abm-health settings：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health scores from now on use the new value; the weekly history already stored keeps the old one until Settings &gt; Save in the window recomputes it.</source>
        <translation>从现在起健康度评分使用新值；已存储的每周历史仍沿用旧值，直到在窗口中通过“设置 &gt; 保存”重新计算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to change %1, use `abm-health settings set %1 VALUE`</source>
        <translation>要更改 %1，请使用 `abm-health settings set %1 VALUE`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table: edit it in the window&apos;s Settings</source>
        <translation>表：请在窗口的“设置”中编辑</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/settings/page.py" line="+107"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed by sales and marketing; stored in this workspace.</source>
        <translation>由销售和营销共同商定；保存在此工作区中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> observations</source>
        <translation> 个观测值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below this many account × month-end observations in a segment, a score shows &apos;not enough history&apos; instead of a calibrated likelihood.</source>
        <translation>某一细分中“账户 × 月末”观测值少于此数时，评分显示“历史数据不足”，而不显示校准后的可能性。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account health model</source>
        <translation>账户健康度模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights of the six components and the band thresholds. The backtest scores every account at past month ends and checks what happened next; try weights and watch it change before saving.</source>
        <translation>六个分项的权重和等级阈值。回测会在过去各月末为每个账户评分，并检查之后的实际结果；保存前可尝试不同权重并观察回测的变化。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MQL threshold</source>
        <translation>MQL 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health likelihood needs</source>
        <translation>健康度可能性所需</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads and engagement</source>
        <translation>线索与参与度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact becomes an MQL when its engagement score reaches the threshold (unless the CRM says when). Points per touch, before role and tier multipliers and the 30-day half-life.</source>
        <translation>联系人的参与度评分达到阈值时即成为 MQL（除非 CRM 给出了时间）。每次接触的分数，未计角色和层级乘数及 30 天半衰期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by</source>
        <translation>我们不据以决策的指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity and caution metrics leave the KPI tiles for the panel that says why; double-click a verdict to change it.</source>
        <translation>虚荣指标和慎用指标会从 KPI 指标卡移到说明原因的面板中；双击评判结果即可更改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and the reports, for you on this computer; System follows the computer&apos;s language.</source>
        <translation>窗口和报告使用的语言，仅对此电脑上的您生效；“跟随系统”即使用电脑的语言。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+1"/>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved settings</source>
        <translation>未保存的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have unsaved changes. Save them?</source>
        <translation>设置有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard puts back the settings in force.</source>
        <translation>放弃将恢复当前生效的设置。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Currency &quot;%1&quot;: write a three-letter ISO code such as USD or EUR.</source>
        <translation>货币“%1”：请填写三个字母的 ISO 代码，例如 USD 或 EUR。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. Health model version %1: history recomputed; the portfolio shows the new scores.</source>
        <translation>已保存。健康度模型版本 %1：历史已重新计算；账户组合显示新的评分。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the previous settings are in force.</source>
        <translation>未保存：之前的设置仍然生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings failed</source>
        <translation>保存设置失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the previous settings are in force.</source>
        <translation>已取消：之前的设置仍然生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recomputing health history</source>
        <translation>正在重新计算健康度历史</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving settings</source>
        <translation>正在保存设置</translation>
    </message>
</context>
<context>
    <name>SettingsTables</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-254"/>
        <source>Touch</source>
        <translation>接触</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>评判</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steer by instead</source>
        <translation>改用</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Accounts: outcome</source>
        <translation>账户：结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Outcomes</source>
        <translation>结果数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved model</source>
        <translation>已保存的模型</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Accounts: likelihood of</source>
        <translation>账户：可能性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>观测值数</translation>
    </message>
</context>
<context>
    <name>StageLines</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/import_cmd.py" line="+9"/>
        <source>reading %Ln row(s)...</source>
        <translation>
            <numerusform>正在读取 %Ln 行...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>checking %Ln row(s)...</source>
        <translation>
            <numerusform>正在检查 %Ln 行...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>matching %Ln row(s)...</source>
        <translation>
            <numerusform>正在匹配 %Ln 行...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>writing %Ln row(s)...</source>
        <translation>
            <numerusform>正在写入 %Ln 行...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../desktop/shared/wording/stage_window.py" line="+20"/>
        <source>stage window %1 days over half-life %2 days is too long to evaluate; use a half-life of at least window/%3 days.</source>
        <translation>阶段窗口 %1 天相对于半衰期 %2 天过长，无法计算；请使用至少为窗口/%3 天的半衰期。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+15"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aware</source>
        <translation>已认知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>已参与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/start/page.py" line="+23"/>
        <source>This workspace is empty</source>
        <translation>此工作区是空的</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import your data…</source>
        <translation>导入您的数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the templates</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo portfolio</source>
        <translation>加载演示账户组合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A CSV or XLSX export from your CRM (HubSpot, Salesforce, Dynamics…): accounts first, then contacts, events, deals. Ctrl+I, or drop the file on this window.</source>
        <translation>来自 CRM（HubSpot、Salesforce、Dynamics…）的 CSV 或 XLSX 导出文件：先导入账户，再导入联系人、事件、交易。按 Ctrl+I，或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One CSV per kind of record with every column the import reads and example rows, to fill in by hand.</source>
        <translation>每类记录一个 CSV，包含导入读取的所有列和示例行，可手工填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 made-up accounts with a year of activity, to see what abm-health shows before your own data is in.</source>
        <translation>250 个虚构账户及一年的活动，在导入您自己的数据之前先看看 abm-health 能展示什么。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+12"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../desktop/portfolio/summary.py" line="+56"/>
        <source>no history 4 weeks ago</source>
        <translation>4 周前无历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change in 4 weeks</source>
        <translation>4 周内无变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in 4 weeks</source>
        <translation>4 周内 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts shown</source>
        <translation>显示的账户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all target accounts</source>
        <translation>全部目标账户</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln accounts</source>
        <translation>
            <numerusform>共 %Ln 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln target accounts</source>
        <translation>
            <numerusform>共 %Ln 个目标账户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not scored yet</source>
        <translation>%1 个尚未评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 accounts%3</source>
        <translation>%1：%2 个账户%3</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../../desktop/commands/team.py" line="+25"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>PostgreSQL 上的团队工作区：创建架构和角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team workspaces on PostgreSQL.</source>
        <translation>PostgreSQL 上的团队工作区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create the schema and the viewer, manager and admin roles</source>
        <translation>创建架构以及 viewer、manager 和 admin 角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create (or upgrade) the schema in the database at URL and the roles &lt;db&gt;_viewer (read and export), &lt;db&gt;_manager (import, notes) and &lt;db&gt;_admin (settings, model versions, undo), and print what was granted.</source>
        <translation>在 URL 指定的数据库中创建（或升级）架构，以及角色 &lt;db&gt;_viewer（读取和导出）、&lt;db&gt;_manager（导入、备注）和 &lt;db&gt;_admin（设置、模型版本、撤销），并打印所授予的权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLAlchemy URL of the database, e.g. postgresql+psycopg://admin@db/abm (no password: use ~/.pgpass)</source>
        <translation>数据库的 SQLAlchemy URL，例如 postgresql+psycopg://admin@db/abm（不含密码：请使用 ~/.pgpass）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>team init needs a postgresql+psycopg:// URL; an SQLite file is a one-person workspace</source>
        <translation>team init 需要 postgresql+psycopg:// URL；SQLite 文件是单人工作区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team workspace %1: schema ready.</source>
        <translation>团队工作区 %1：架构已就绪。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each colleague a database login and one role, e.g.:
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
Passwords stay out of abm-health: each person keeps theirs in ~/.pgpass (or a pg_service.conf entry, or PGPASSWORD).</source>
        <translation>请为每位同事分配一个数据库登录名和一个角色，例如：
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
密码不保存在 abm-health 中：每个人将自己的密码保存在 ~/.pgpass 中（或 pg_service.conf 条目，或 PGPASSWORD）。</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <location filename="../../desktop/commands/template.py" line="+27"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>写入某个实体的标准 CSV 格式（导入时无需映射）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the canonical import template of ENTITY: every column, with example rows.</source>
        <translation>写入 ENTITY 的标准导入模板：包含所有列和示例行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write here (default: stdout)</source>
        <translation>写入此处（默认：stdout）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists already; choose another file name</source>
        <translation>%1 已存在；请另选一个文件名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1: the %2 template. Fill it in and load it with `abm-health import %2 %3`.</source>
        <translation>已写入 %1：%2 模板。填写后使用 `abm-health import %2 %3` 导入。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/account/timeline.py" line="+8"/>
        <source>Engagement per week, by kind (last 52 weeks)</source>
        <translation>每周参与（按类型，最近 52 周）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show emails sent and delivered</source>
        <translation>显示已发送和已送达的邮件</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No engagement in the last 52 weeks</source>
        <translation>最近 52 周没有参与</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln events, newest first</source>
        <translation>
            <numerusform>%Ln 个事件，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>events shown (sends hidden)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln sends and deliveries hidden</source>
        <translation>
            <numerusform>已隐藏 %Ln 个发送和送达事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchKinds</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-268"/>
        <source>Form fill</source>
        <translation>表单提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo held</source>
        <translation>已举行演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting booked</source>
        <translation>已预约会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA 点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>出席网络研讨会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>内容下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>邮件点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>内容浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>邮件打开</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/values.py" line="+74"/>
        <source>(reject the row)</source>
        <translation>（拒绝该行）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Values of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first rows hold these values that %1 can&apos;t read as they are. Choose what each one means.</source>
        <translation>前几行中的以下值无法直接读作“%1”。请为每个值选择其含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value in the first rows can be read.</source>
        <translation>前几行中的所有值均可读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules, tried before the values above; the first that matches wins (case does not matter):</source>
        <translation>规则，在上面的值之前尝试；第一个匹配的规则生效（不区分大小写）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is exactly</source>
        <translation>完全等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the regular expression</source>
        <translation>匹配正则表达式</translation>
    </message>
</context>
<context>
    <name>VanityPanel</name>
    <message>
        <location filename="../../desktop/dashboard/vanity_panel.py" line="+21"/>
        <source>VANITY</source>
        <translation>虚荣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAUTION</source>
        <translation>慎用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every metric is one we steer by: the settings list no vanity or caution metric.</source>
        <translation>所有指标都是据以决策的指标：设置中未列出任何虚荣或慎用指标。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>不据此决策的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>改用</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-15"/>
        <source>Steer by it</source>
        <translation>据以决策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>慎用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>虚荣</translation>
    </message>
</context>
<context>
    <name>WorkbookCells</name>
    <message>
        <location filename="../../desktop/reports/workbook_words.py" line="+202"/>
        <source>Measure</source>
        <translation>据以决策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>虚荣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>慎用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid search</source>
        <translation>付费搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid social</source>
        <translation>付费社交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>展示广告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR</source>
        <translation>公关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>small sample</source>
        <translation>样本过小</translation>
    </message>
</context>
<context>
    <name>WorkbookColumns</name>
    <message>
        <location line="-163"/>
        <source>Engagement points, 90 days</source>
        <translation>参与度分数（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最近计分接触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts with a scored touch, 90 days</source>
        <translation>有计分接触的联系人（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision makers with a scored touch, 90 days</source>
        <translation>有计分接触的决策者（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills, 90 days</source>
        <translation>表单提交（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks, 90 days</source>
        <translation>CTA 点击（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings booked, 90 days</source>
        <translation>已预约会议（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held, 90 days</source>
        <translation>已举行会议（90 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities</source>
        <translation>未结商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>未结销售管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last win</source>
        <translation>最近赢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to renewal</source>
        <translation>距续约天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>账户 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions unanswered</source>
        <translation>未回答的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account id</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change, 4 weeks</source>
        <translation>变化（4 周）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric id</source>
        <translation>指标 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>评判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous n</source>
        <translation>上期 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why n/a</source>
        <translation>不适用原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by the period&apos;s end</source>
        <translation>截至期末已到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the period</source>
        <translation>本期进入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the next stage</source>
        <translation>已到达下一阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion to the next</source>
        <translation>到下一阶段的转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to the next</source>
        <translation>到下一阶段的天数中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs</source>
        <translation>MQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>单个 MQL 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>赢单交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs, first touch</source>
        <translation>MQL 数（首次接触）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL, first touch</source>
        <translation>单个 MQL 成本（首次接触）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI, first touch</source>
        <translation>ROI（首次接触）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>不据此决策的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>改用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its value</source>
        <translation>其值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its unit</source>
        <translation>其单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good direction</source>
        <translation>理想方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not to steer by it</source>
        <translation>不据此决策的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>WorkbookDirections</name>
    <message>
        <location line="+83"/>
        <source>up</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>越低越好</translation>
    </message>
</context>
<context>
    <name>WorkbookNotes</name>
    <message>
        <location line="-74"/>
        <source>Data as of %1. </source>
        <translation>数据截至 %1。 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s date</source>
        <translation>工作簿的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and the per-account figures are the health model&apos;s as of %1 (the period&apos;s last day); 90-day figures count the 90 days before it. Empty cells are n/a.</source>
        <translation>健康度和各账户数据是健康度模型截至 %1（期间的最后一天）的结果；90 天数据统计此前 90 天。空单元格表示不适用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates are fractions shown as percentages; a change of a rate is in percentage points. Empty cells are n/a (no data or a zero denominator; &quot;Why n/a&quot; names an input the workspace never held).</source>
        <translation>比率以百分比显示；比率的变化以百分点表示。空单元格表示不适用（无数据或分母为零；“不适用原因”列出工作区从未有过的输入数据）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n accounts in scope (the first row). Reached: had reached the stage or a later one by the period&apos;s end; entered: reached it during the period; conversion: the next stage&apos;s reached over this one&apos;s. Accounts that churned in the period: %1.</source>
        <translation>
            <numerusform>范围内共 %n 个账户（第一行）。已到达：截至期末已到达该阶段或更后的阶段；进入：在本期内到达该阶段；转化率：下一阶段的已到达数除以本阶段的已到达数。本期流失的账户：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution: the opportunity&apos;s or contact&apos;s campaign, else the account&apos;s last campaign touch before it (first touch alongside).</source>
        <translation>归因：取商机或联系人的营销活动；若没有，则取账户在此之前的最后一次营销活动接触（并列出首次接触）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responses dated %1.</source>
        <translation>回复日期：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by, and why (the list is a workspace setting).</source>
        <translation>我们不据以决策的指标及原因（该列表是一项工作区设置）。</translation>
    </message>
</context>
<context>
    <name>WorkbookPhrases</name>
    <message>
        <location line="+77"/>
        <source>Health component: %1</source>
        <translation>健康度分项：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account health</source>
        <translation>账户健康度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight %1 of %2; score 0-100</source>
        <translation>权重 %1（共 %2）；评分 0-100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score</source>
        <translation>健康度评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Σ weight × component / Σ weight over the components that apply; bands: customers healthy ≥ %1, watch ≥ %2, at risk below; prospects hot ≥ %3, warm ≥ %4, cold below; no data: nothing on record, no score</source>
        <translation>Σ 权重 × 分项 / 适用分项的 Σ 权重；等级：客户——健康 ≥ %1，观察 ≥ %2，更低为有风险；潜在客户——热 ≥ %3，温 ≥ %4，更低为冷；无数据：没有任何记录，不评分</translation>
    </message>
</context>
<context>
    <name>WorkbookSheets</name>
    <message>
        <location line="-215"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>虚荣指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>WorkbookTitle</name>
    <message>
        <location line="+274"/>
        <source>Portfolio workbook %1</source>
        <translation>账户组合工作簿 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target accounts</source>
        <translation>目标账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every account in the workspace</source>
        <translation>工作区中的全部账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data as of</source>
        <translation>数据截至</translation>
    </message>
</context>
<context>
    <name>WorkbookUnits</name>
    <message>
        <location line="-138"/>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nps</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>分数</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <location filename="../../desktop/shared/wording/workspace.py" line="+17"/>
        <source>The workspace %1 is busy in another window or program; close it and try again.</source>
        <translation>工作区 %1 正被其他窗口或程序使用；请关闭后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is read-only; choose a folder you can write to.</source>
        <translation>工作区 %1 为只读；请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace %1 is full; free some space and try again.</source>
        <translation>工作区 %1 所在的磁盘已满；请释放空间后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (or it is damaged); open another file or restore a backup.</source>
        <translation>%1 不是 abm-health 工作区（或已损坏）；请打开其他文件或恢复备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged; restore the backup written next to it.</source>
        <translation>工作区 %1 已损坏；请恢复写在其旁边的备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is too big for the workspace %1; nothing was written. Check the file for a cell that runs on (a missing closing quote).</source>
        <translation>某个值对工作区 %1 来说过大；未写入任何内容。请检查文件中是否有未结束的单元格（缺少右引号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 cannot be opened; check that its folder exists and is writable.</source>
        <translation>无法打开工作区 %1；请检查其文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused this change (%1): it needs the %2 role on the workspace %3 (%4); ask an admin to grant it.</source>
        <translation>数据库拒绝了此更改（%1）：需要工作区 %3 上的 %2 角色（%4）；请让管理员授予。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2; check its permissions.</source>
        <translation>无法读取 %1：%2；请检查其权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (it is not an SQLite database); choose another file.</source>
        <translation>%1 不是 abm-health 工作区（它不是 SQLite 数据库）；请选择其他文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace: it has tables %2; choose another file.</source>
        <translation>%1 不是 abm-health 工作区：它包含表 %2；请选择其他文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2; check its permissions.</source>
        <translation>无法打开 %1：%2；请检查其权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); restore the backup written next to it.</source>
        <translation>工作区 %1 已损坏（%2）；请恢复写在其旁边的备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace at %1.</source>
        <translation>%1 处没有工作区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the workspace %1: %2; choose a folder you can write to.</source>
        <translation>无法创建工作区 %1：%2；请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 was written by a newer abm-health (schema %2); update the application to open it.</source>
        <translation>工作区 %1 由较新版本的 abm-health 写入（架构 %2）；请更新应用后再打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup was written: %1.</source>
        <translation>未写入备份：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); nothing was written. Restore a backup (`abm-health backup` copies are checked).</source>
        <translation>工作区 %1 已损坏（%2）；未写入任何内容。请恢复备份（`abm-health backup` 生成的副本都经过检查）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team roles need a PostgreSQL workspace; an SQLite file is shared by sharing the file.</source>
        <translation>团队角色需要 PostgreSQL 工作区；SQLite 文件通过共享文件来共享。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 you need the %2 role on this workspace (%3), which the database user %4 does not have; ask an admin to run: GRANT %3 TO %4;</source>
        <translation>要%1，您需要此工作区的 %2 角色（%3），而数据库用户 %4 没有该角色；请让管理员运行：GRANT %3 TO %4;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a health model version</source>
        <translation>保存健康度模型版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill the workspace with the demo</source>
        <translation>用演示数据填充工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the settings</source>
        <translation>更改设置</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli.py" line="+69"/>
        <location filename="../../desktop/i18n/argparse_words.py" line="+38"/>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n/argparse_words.py" line="-17"/>
        <source>usage: </source>
        <translation>用法： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>需要至少一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>必须指定参数 %s 中的一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="-16"/>
        <source>Account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports, offline. Without a command, opens the window.</source>
        <translation>基于账户的营销（ABM）健康度：可解释的账户健康度、如实的 KPI、干净的 CRM 导入和可直接提交董事会的报告，全部离线运行。不带命令时打开窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workspace file or SQLAlchemy URL (default: $%1, else the user data folder)</source>
        <translation>工作区文件或 SQLAlchemy URL（默认：$%1，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of tables, messages and reports (default: the one chosen in the window&apos;s Settings, else the system&apos;s); CSV and JSON are the same in every language</source>
        <translation>表格、消息和报告的语言（默认：窗口“设置”中所选的语言，否则为系统语言）；CSV 和 JSON 在所有语言中都相同</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>abm-health: there is no workspace at %1; check --workspace (or $%2), or create one with abm-health demo or abm-health import.</source>
        <translation>abm-health：%1 处没有工作区；请检查 --workspace（或 $%2），或使用 abm-health demo 或 abm-health import 创建一个。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>abm-health: interrupted; nothing was left half-written.</source>
        <translation>abm-health：已中断；没有留下写了一半的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>abm-health: another session changed the same records at the same moment, so nothing was written; run the command again.</source>
        <translation>abm-health：另一个会话在同一时刻修改了相同的记录，因此未写入任何内容；请重新运行该命令。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/shared/errors.py" line="+42"/>
        <source>A file could not be used</source>
        <translation>无法使用某个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3).</source>
        <translation>%1：%2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of an unexpected problem (%2). The details can be copied into a bug report.</source>
        <translation>由于意外问题（%2），%1。详细信息可复制到错误报告中。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Something went wrong that should not have (%1: %2). Your workspace is unchanged by this error; the details below can be copied into a bug report.</source>
        <translation>发生了不应出现的错误（%1：%2）。此错误未更改您的工作区；可将下面的详细信息复制到错误报告中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
</context>
<context>
    <name>job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>metric formulas</name>
    <message>
        <location filename="../../desktop/shared/wording/metrics.py" line="+98"/>
        <source>unique opened emails / delivered emails (contact x email; a click counts as an open; delivered = sent - bounced when there are no delivered events)</source>
        <translation>不重复打开的邮件数 / 送达的邮件数（联系人 × 邮件；点击也计为打开；没有送达事件时，送达 = 发送 - 退回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / delivered emails (contact x email)</source>
        <translation>不重复点击的邮件数 / 送达的邮件数（联系人 × 邮件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / unique opened emails</source>
        <translation>不重复点击的邮件数 / 不重复打开的邮件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered emails followed by an unsubscribe from that email / delivered emails</source>
        <translation>送达后由该邮件退订的邮件数 / 送达的邮件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content views + downloads in the period; per asset: views, downloads, accounts, mean duration, best and worst</source>
        <translation>本期内容浏览 + 下载次数；按素材：浏览、下载、账户数、平均时长、最佳与最差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form_fill events in the period; per form: views, fills, conversion</source>
        <translation>本期 form_fill 事件数；按表单：浏览、提交、转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who filled a form they viewed / visitors who viewed it (visitor x form)</source>
        <translation>提交了所浏览表单的访问者数 / 浏览该表单的访问者数（访问者 × 表单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who clicked a CTA they viewed / visitors who viewed it; per CTA, ordered by the median day of the account&apos;s journey on which it is seen</source>
        <translation>点击了所浏览 CTA 的访问者数 / 浏览该 CTA 的访问者数；按 CTA 列出，按其在账户客户旅程中被看到的中位天数排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings booked in the period; per kind: booked, held, no-shows</source>
        <translation>本期预约的会议数；按类型：预约、举行、未出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings held that were scheduled in the period</source>
        <translation>安排在本期且已举行的会议数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-shows / (held + no-shows), meetings scheduled in the period</source>
        <translation>未出席 /（举行 + 未出席），安排在本期的会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won with closed_at in the period; per type: won, lost, amount</source>
        <translation>closed_at 在本期的赢单商机数；按类型：赢单、输单、金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the amounts of opportunities won in the period</source>
        <translation>本期赢单商机的金额之和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won / (won + lost), opportunities closed in the period</source>
        <translation>赢单 /（赢单 + 输单），本期结单的商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts whose first won new-business opportunity closed in the period</source>
        <translation>首个新业务商机赢单且在本期结单的账户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS of the latest response per contact in the 365 days before the period end</source>
        <translation>期末前 365 天内每位联系人最新回复的 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(E - N) / S: S customers at the start, E at the end, N of them new in the period</source>
        <translation>(E - N) / S：S 为期初客户数，E 为期末客户数，N 为其中本期新增的客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts created in the period</source>
        <translation>本期创建的联系人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose mql_at falls in the period; without a CRM mql_at, the first time the engagement lead score reached the MQL threshold</source>
        <translation>mql_at 落在本期的联系人数；CRM 没有 mql_at 时，取参与度线索评分首次达到 MQL 阈值的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose sql_at falls in the period</source>
        <translation>sql_at 落在本期的联系人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs of the period that became SQLs by its end / MQLs of the period</source>
        <translation>本期 MQL 中到期末已成为销售合格线索的数量 / 本期 MQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign cost in the period / MQLs in the period; per campaign by last-touch attribution (first touch alongside)</source>
        <translation>本期营销活动成本 / 本期 MQL 数；按营销活动采用末次接触归因（并列出首次接触）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median engagement lead score of the period&apos;s new leads at the end of the month they arrived; per monthly cohort: quartiles</source>
        <translation>本期新线索在其进入当月月末的参与度线索评分中位数；按月度批次：四分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts silent for at least the silent-days setting who engaged again in the period</source>
        <translation>沉寂时间至少达到“沉寂天数”设置、并在本期再次参与的联系人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new leads among the unique web visitors / unique web visitors (contact, else session)</source>
        <translation>不重复网站访问者中的新线索数 / 不重复网站访问者数（按联系人，否则按会话）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(won revenue attributed - cost) / cost over campaigns with cost in the period; attribution: the opportunity&apos;s campaign, else the account&apos;s last campaign touch before it was created (first touch alongside)</source>
        <translation>（归因的赢单收入 - 成本）/ 成本，统计本期有成本的营销活动；归因：商机的营销活动，否则取账户在商机创建前最后一次接触的营销活动（并列出首次接触）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(campaign cost + listed sales and marketing cost) in the period / new customers</source>
        <translation>本期（营销活动成本 + 列出的销售与营销成本）/ 新客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean ARR per customer at the period end x gross margin / annual logo churn rate</source>
        <translation>期末每位客户的平均 ARR × 毛利率 / 年度客户数流失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV / CAC (3 or more is healthy)</source>
        <translation>LTV / CAC（3 及以上为健康）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from opportunity created to won, opportunities won in the period</source>
        <translation>从商机创建到赢单的天数中位数，统计本期赢单的商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won in the period that closed on a promotion</source>
        <translation>本期以促销成交的赢单商机数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won on a promotion / won, opportunities won in the period</source>
        <translation>以促销赢单数 / 赢单数，统计本期赢单的商机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web_visit events in the period; per traffic channel: visits and share</source>
        <translation>本期 web_visit 事件数；按流量渠道：访问次数及占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits from organic, social, referral and direct channels / visits</source>
        <translation>来自非付费搜索、社交、推荐和直接渠道的访问次数 / 访问次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits whose session has a form fill or CTA click / visits; per landing page, top 10</source>
        <translation>会话中有表单提交或 CTA 点击的访问次数 / 访问次数；按登陆页面列出前 10 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page_view events in the period</source>
        <translation>本期 page_view 事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean duration of page views that report one</source>
        <translation>有时长记录的页面浏览的平均时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions with at most one page view / sessions</source>
        <translation>最多只有一次页面浏览的会话数 / 会话数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media_mention events in the period</source>
        <translation>本期 media_mention 事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social_engagement events (likes, comments, shares) in the period</source>
        <translation>本期 social_engagement 事件数（点赞、评论、分享）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distinct contacts with any engagement in the period; monthly, with the same month a year earlier (directional)</source>
        <translation>本期有任何参与的不重复联系人数；按月统计，并与上年同月对比（仅供参考方向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTR of emails to customer accounts; monthly trend with alerts on falling CTR or rising unsubscribes</source>
        <translation>发给客户账户的邮件点击率；按月趋势，点击率下降或退订上升时发出警报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribe rate of emails to customer accounts</source>
        <translation>发给客户账户的邮件退订率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median hours from asked to answered, questions asked in the period</source>
        <translation>从提问到回答的小时数中位数，统计本期提出的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions answered within the answer-within-hours setting / questions asked</source>
        <translation>在“回答时限（小时）”设置内回答的问题数 / 提出的问题数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) - % detractors (0-6) of the responses in the period</source>
        <translation>本期回复中推荐者（9-10）的百分比 - 贬损者（0-6）的百分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses with a comment in the period, listed with their score</source>
        <translation>本期带评论的回复，连同其评分列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers at the start who are no longer customers at the end / customers at the start</source>
        <translation>期初客户中期末已不再是客户的数量 / 期初客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR - churned and contracted ARR) / start ARR, accounts with ARR at the start</source>
        <translation>（期初 ARR - 流失和缩减的 ARR）/ 期初 ARR，统计期初有 ARR 的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR + expansion - churned and contracted ARR) / start ARR</source>
        <translation>（期初 ARR + 扩展 - 流失和缩减的 ARR）/ 期初 ARR</translation>
    </message>
</context>
<context>
    <name>metric groups</name>
    <message>
        <location line="-129"/>
        <source>ABM journey</source>
        <translation>ABM 客户旅程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the funnel</source>
        <translation>漏斗顶端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community and nurture</source>
        <translation>社群与培养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction and loyalty</source>
        <translation>满意度与忠诚度</translation>
    </message>
</context>
<context>
    <name>metric reasons</name>
    <message>
        <location line="+131"/>
        <source>Opens are under-counted when the reader&apos;s images are off; clicks show real engagement.</source>
        <translation>读者关闭图片时，打开次数会被少计；点击才反映真实的参与。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More leads only means more dropped later if they are not qualified; count marketing-qualified leads instead.</source>
        <translation>线索不合格时，更多的线索只意味着后面流失更多；请改为统计营销合格线索（MQL）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurturing takes the time each customer&apos;s approvals need; track what moves deals, such as promotions, instead.</source>
        <translation>培养需要的时间取决于每位客户的审批流程；请改为跟踪推动交易的因素，例如促销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views show awareness only, not whether visitors act.</source>
        <translation>浏览量只反映认知度，不能说明访问者是否采取了行动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on a page shows awareness only, not whether visitors act.</source>
        <translation>页面停留时间只反映认知度，不能说明访问者是否采取了行动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your workspace lists it as a vanity metric: it can rise while nothing that matters does.</source>
        <translation>您的工作区将其列为虚荣指标：它可能上升，而真正重要的指标却毫无变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your workspace lists it for caution: read it only beside the metric it points to.</source>
        <translation>您的工作区将其列为慎用指标：请仅与其所指向的指标一起解读。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>我们不据以决策的指标及原因</translation>
    </message>
</context>
<context>
    <name>metric units</name>
    <message>
        <location line="-140"/>
        <source>share between 0 and 1, shown as a percentage</source>
        <translation>0 到 1 之间的比例，以百分比显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbounded fraction (may be negative or above 1), shown as a percentage</source>
        <translation>无界比值（可能为负或大于 1），以百分比显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of things</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace currency</source>
        <translation>工作区货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times (x)</source>
        <translation>倍数（x）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net promoter score, -100 to 100</source>
        <translation>净推荐值，-100 到 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagement lead score points</source>
        <translation>参与度线索评分分数</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location line="+6"/>
        <source>Email open rate</source>
        <translation>邮件打开率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>邮件点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>点击打开率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>退订率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content engagement</source>
        <translation>内容参与度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills</source>
        <translation>表单提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form conversion</source>
        <translation>表单转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>客户旅程中的 CTA 转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos booked</source>
        <translation>已预约的通话和演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos held</source>
        <translation>已举行的通话和演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting no-show rate</source>
        <translation>会议未出席率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed deals won</source>
        <translation>成交交易（赢单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>账户 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw leads</source>
        <translation>原始线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing-qualified leads</source>
        <translation>营销合格线索（MQL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales-qualified leads</source>
        <translation>销售合格线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL-to-SQL conversion</source>
        <translation>MQL 到销售合格线索的转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>单个 MQL 成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score of new leads</source>
        <translation>新线索的线索评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated prospects</source>
        <translation>重新激活的潜在客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion rate</source>
        <translation>线索转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign ROI</source>
        <translation>营销活动 ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>客户获取成本（CAC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>客户生命周期价值（LTV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle length</source>
        <translation>销售周期长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion conversions</source>
        <translation>促销转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of wins on a promotion</source>
        <translation>以促销赢单的占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visits</source>
        <translation>网站访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic and free traffic share</source>
        <translation>非付费流量占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page conversion</source>
        <translation>登陆页面转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page views</source>
        <translation>页面浏览量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time on page</source>
        <translation>平均页面停留时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>跳出率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mentions</source>
        <translation>媒体提及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>社交参与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged community</source>
        <translation>已参与社群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture email click-through rate</source>
        <translation>培养邮件点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture unsubscribe rate</source>
        <translation>培养邮件退订率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to answer questions</source>
        <translation>回答问题的反应时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered in time</source>
        <translation>按时回答的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net promoter score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey comments</source>
        <translation>调查评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo churn rate</source>
        <translation>客户数流失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue retention</source>
        <translation>总收入留存率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
</context>
<context>
    <name>na reasons</name>
    <message>
        <location filename="../../desktop/shared/wording/reasons.py" line="+19"/>
        <source>no campaign costs imported</source>
        <translation>未导入营销活动成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no campaign costs imported and no sales and marketing cost set</source>
        <translation>未导入营销活动成本，也未设置销售与营销成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no subscriptions imported</source>
        <translation>未导入订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NPS survey imported</source>
        <translation>未导入 NPS 调查</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1.</source>
        <translation>不可用：%1。</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <location filename="../../desktop/shared/wording/segments.py" line="+31"/>
        <source>not enough customers in both bands to compare (at-risk customers: %1, healthy ones: %2)</source>
        <translation>两个等级中的客户都不足以进行比较（有风险客户：%1，健康客户：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no at-risk customers churned and none of the healthy ones did (%1 of %2 vs %3 of %4)</source>
        <translation>有风险客户和健康客户都没有流失（%2 个中的 %1 对比 %4 个中的 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned (%1 of %2 vs %3 of %4) and none of the healthy ones did</source>
        <translation>有风险客户出现流失（%2 个中的 %1 对比 %4 个中的 %3），而健康客户没有流失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned %1x as often as healthy ones (%2 of %3 vs %4 of %5)</source>
        <translation>有风险客户的流失频率是健康客户的 %1 倍（%3 个中的 %2 对比 %5 个中的 %4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough prospects in both bands to compare (hot prospects: %1, cold ones: %2)</source>
        <translation>两个等级中的潜在客户都不足以进行比较（热潜在客户：%1，冷潜在客户：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no hot prospects opened an opportunity and none of the cold ones did (%1 of %2 vs %3 of %4)</source>
        <translation>热潜在客户和冷潜在客户都没有产生商机（%2 个中的 %1 对比 %4 个中的 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity (%1 of %2 vs %3 of %4) and none of the cold ones did</source>
        <translation>热潜在客户产生了商机（%2 个中的 %1 对比 %4 个中的 %3），而冷潜在客户没有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity %1x as often as cold ones (%2 of %3 vs %4 of %5)</source>
        <translation>热潜在客户产生商机的频率是冷潜在客户的 %1 倍（%3 个中的 %2 对比 %5 个中的 %4）</translation>
    </message>
</context>
<context>
    <name>write_access</name>
    <message>
        <location filename="../../desktop/shared/write_access.py" line="+38"/>
        <source>Your database user has no role on this team workspace; this needs the %1 role.</source>
        <translation>您的数据库用户在此团队工作区中没有任何角色；此操作需要 %1 角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database user has the %1 role on this team workspace; this needs the %2 role.</source>
        <translation>您的数据库用户在此团队工作区中拥有 %1 角色；此操作需要 %2 角色。</translation>
    </message>
</context>
</TS>
