<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/about.py" line="+25"/>
        <source>About abm-health</source>
        <translation>abm-health について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health %1</source>
        <translation>abm-health %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workspace: %1</source>
        <translation>ワークスペース：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Offline account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports.</source>
        <translation>オフラインで使うアカウントベースドマーケティングの健全性ツール：根拠を説明できるアカウントの健全性、正直な KPI、クリーンな CRM インポート、経営会議に出せるレポート。</translation>
    </message>
</context>
<context>
    <name>AccountAddresses</name>
    <message>
        <location filename="../../desktop/shared/wording/addresses.py" line="+25"/>
        <source>%1 (%2, by internal id)</source>
        <translation>%1（%2、内部 ID で一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by external id)</source>
        <translation>%1（%2、外部 ID で一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by domain)</source>
        <translation>%1（%2、ドメインで一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by name)</source>
        <translation>%1（%2、名前で一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, by part of the name)</source>
        <translation>%1（%2、名前の一部で一致）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the internal id %1</source>
        <translation>内部 ID が %1 のアカウントはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no account has the external id %1</source>
        <translation>外部 ID が %1 のアカウントはありません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: after id: comes the workspace&apos;s number of the account, e.g. id:42</source>
        <translation>%1: id: の後にはワークスペース内のアカウント番号を書きます（例: id:42）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no account has the id, external id, domain or name %1</source>
        <translation>ID、外部 ID、ドメイン、名前のいずれかが %1 のアカウントはありません</translation>
    </message>
</context>
<context>
    <name>AccountData</name>
    <message>
        <location filename="../../desktop/account/data.py" line="+213"/>
        <source>Account %1 is not in this workspace any more; it may have been removed by an undone import.</source>
        <translation>アカウント %1 はこのワークスペースにもうありません。取り消されたインポートで削除された可能性があります。</translation>
    </message>
</context>
<context>
    <name>AccountHeader</name>
    <message>
        <location filename="../../desktop/account/header.py" line="+47"/>
        <source>◀  Portfolio</source>
        <translation>◀  ポートフォリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the portfolio (Alt+Left)</source>
        <translation>ポートフォリオに戻る（Alt+Left）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Weekly health score</source>
        <translation>週次ヘルススコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this score</source>
        <translation>このスコアの理由</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage: %1</source>
        <translation>ステージ：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>4週間で %1 %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>open pipeline %1</source>
        <translation>オープンなパイプライン %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewal %1</source>
        <translation>更新日 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last scored touch %1</source>
        <translation>最終スコア対象タッチ %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Not scored yet</source>
        <translation>まだスコアがありません</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Weekly health score, last %Ln weeks</source>
        <translation>
            <numerusform>週次ヘルススコア（直近 %Ln 週）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>ヘルススコアを計算中です…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notable drivers.</source>
        <translation>目立った要因はありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>churn likelihood %1 in 90 days</source>
        <translation>90日以内の解約の確率 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity likelihood %1 in 90 days</source>
        <translation>90日以内の商談の確率 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>NPS %1 (%Ln responses)</source>
        <translation>
            <numerusform>NPS %1（回答 %Ln 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../desktop/dashboard/account_list_model.py" line="+29"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4週間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>AccountLists</name>
    <message>
        <location filename="../../desktop/dashboard/account_lists.py" line="+75"/>
        <source>At risk now</source>
        <translation>現在リスクあり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biggest movers over four weeks</source>
        <translation>4週間で大きく変動したアカウント</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores as of %1; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>%1 時点のスコア。低い順に、主な理由とともに表示します。ダブルクリックでアカウントを開きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores as of %1; the largest health changes against four weeks earlier, either way.</source>
        <translation>%1 時点のスコア。4週間前と比べた健全性の変化が大きい順（上昇・下降とも）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No health scores yet; lowest first, with the main reason. Double-click to open the account.</source>
        <translation>ヘルススコアはまだありません。低い順に、主な理由とともに表示します。ダブルクリックでアカウントを開きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No health scores yet; the largest health changes against four weeks earlier, either way.</source>
        <translation>ヘルススコアはまだありません。4週間前と比べた健全性の変化が大きい順（上昇・下降とも）。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/account/page.py" line="+63"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>購買委員会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and deals</source>
        <translation>ミーティングと取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention and NPS</source>
        <translation>顧客維持と NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>メモと次のアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What moved</source>
        <translation>変動要因</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+62"/>
        <source>Opening the account failed</source>
        <translation>アカウントを開けませんでした</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Opening the account</source>
        <translation>アカウントを開いています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The health score is still being computed…</source>
        <translation>ヘルススコアを計算中です…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What moved could not be worked out</source>
        <translation>変動要因を算出できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What moved the score</source>
        <translation>スコアの変動要因</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As it stood on %1: the data goes on to %2.</source>
        <translation>%1 時点の状態です。データは %2 まであります。</translation>
    </message>
</context>
<context>
    <name>AccountReport</name>
    <message>
        <location filename="../../desktop/reports/account_report.py" line="+50"/>
        <source>Account report</source>
        <translation>アカウントレポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPIs: this period against the previous one</source>
        <translation>KPI：今期と前期の比較</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 KPIs had no data for this account in either period and are left out.</source>
        <translation>%1 件の KPI は、このアカウントではどちらの期間にもデータがないため省略しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buying committee</source>
        <translation>購買委員会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts are known at this account.</source>
        <translation>このアカウントの既知のコンタクトはいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings and deals</source>
        <translation>ミーティングと取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls or demos booked.</source>
        <translation>予約された電話・デモはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities.</source>
        <translation>商談はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and next actions</source>
        <translation>メモと次のアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet.</source>
        <translation>メモはまだありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abm-health · data as of %1 · health model v%2</source>
        <translation>abm-health · データ基準日 %1 · ヘルスモデル v%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · データ基準日 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2（比較対象：%3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This account has no health score yet.</source>
        <translation>このアカウントにはまだヘルススコアがありません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Components (0-100) and their share of the score</source>
        <translation>構成要素（0～100）とスコアに占める割合</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 of score</source>
        <translation>%1 · スコアの %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n/a (%1)</source>
        <translation>該当なし（%1）</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>no band</source>
        <translation>区分なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage:</source>
        <translation>ステージ：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why: the drivers</source>
        <translation>理由：主な要因</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Likelihood: n/a (%1)</source>
        <translation>確率：該当なし（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood %1: %2</source>
        <translation>確率 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What moved the score from %1 to %2</source>
        <translation>%1 から %2 までのスコアの変動要因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to compare: %1.</source>
        <translation>比較対象がありません：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2: %3 points, split by component and cause (the cells add up to the change).</source>
        <translation>%1 から %2：%3 点。構成要素と原因別の内訳です（各セルの合計が変化量になります）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Engagement touches per week, last %1 weeks</source>
        <translation>週ごとのエンゲージメントタッチ数（直近 %1 週）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health score, last %1 weekly snapshots</source>
        <translation>ヘルススコア（直近 %1 回の週次スナップショット）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latest %1 touches</source>
        <translation>最新のタッチ %1 件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and NPS</source>
        <translation>顧客維持と NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subscriptions: not a customer yet.</source>
        <translation>サブスクリプションはありません：まだ顧客ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account NPS: %1 from %2 responses (caution: small sample); previous period %3.</source>
        <translation>アカウント NPS：%1（回答 %2 件、注意：サンプルが少数）。前期 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 from %2 responses; previous period %3.</source>
        <translation>アカウント NPS：%1（回答 %2 件）。前期 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1 (caution: small sample); previous period %2.</source>
        <translation>アカウント NPS：%1（注意：サンプルが少数）。前期 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account NPS: %1; previous period %2.</source>
        <translation>アカウント NPS：%1。前期 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS responses and comments</source>
        <translation>NPS の回答とコメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NPS responses yet.</source>
        <translation>NPS の回答はまだありません。</translation>
    </message>
</context>
<context>
    <name>AddressWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/addresses.py" line="-34"/>
        <source>%1 names %n accounts: %2; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 に該当するアカウントが %n 件あります: %2。いずれか 1 件を指定してください（例: %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 names %n accounts: %2 and %4 more; name one of them, e.g. %3</source>
        <translation>
            <numerusform>%1 に該当するアカウントが %n 件あります: %2 ほか %4 件。いずれか 1 件を指定してください（例: %3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <location filename="../../desktop/shared/app_state.py" line="+132"/>
        <source>Reading settings</source>
        <translation>設定を読み込んでいます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the workspace</source>
        <translation>ワークスペースを読み込んでいます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring account health</source>
        <translation>アカウントの健全性をスコアリングしています</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Indexing accounts</source>
        <translation>アカウントをインデックスしています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Calibrating the likelihood</source>
        <translation>確率を較正しています</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the workspace failed</source>
        <translation>ワークスペースを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the workspace</source>
        <translation>ワークスペースを読み込んでいます</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening the portfolio</source>
        <translation>ポートフォリオを開いています</translation>
    </message>
</context>
<context>
    <name>AsOfControl</name>
    <message>
        <location filename="../../desktop/shared/as_of_control.py" line="+81"/>
        <source>Data as of</source>
        <translation>データ基準日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every screen as it stood on this day</source>
        <translation>すべての画面をこの日の状態で表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest data</source>
        <translation>最新のデータに戻る</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>As it stood on</source>
        <translation>表示基準日</translation>
    </message>
</context>
<context>
    <name>BacktestCommand</name>
    <message>
        <location filename="../../desktop/commands/backtest.py" line="+63"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>ワークスペース自身の履歴でヘルスモデルを検証する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score every account at each month end and compare with the next 90 days: AUC, outcome rate per band (customers healthy/watch/at-risk, prospects hot/warm/cold) and lift, the Brier score and the reliability of the calibrated likelihood per decile.</source>
        <translation>各月末時点で全アカウントをスコアリングし、その後90日間の結果と比較します：AUC、区分ごとの結果の発生率（顧客は健全／要注意／リスクあり、見込み客はホット／ウォーム／コールド）とリフト、ブライアスコア、十分位ごとの較正済み確率の信頼性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOML or JSON file of weights (or model fields) to try beside the active model</source>
        <translation>有効なモデルと並べて試す重み（またはモデルの項目）の TOML または JSON ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many month ends to test (default 12)</source>
        <translation>検証する月末の数（既定：12）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no weights file %1</source>
        <translation>重みファイル %1 はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 is a folder; name a TOML or JSON file</source>
        <translation>重みファイル %1 はフォルダです。TOML または JSON ファイルを指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 may not be read (permission denied)</source>
        <translation>重みファイル %1 を読む権限がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the weights file %1</source>
        <translation>重みファイル %1 を読み込めません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the weights file %1 is not valid JSON (line %2, column %3)</source>
        <translation>重みファイル %1 は正しい JSON ではありません（%2 行目、%3 列目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid JSON</source>
        <translation>重みファイル %1 は正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML (line %2, column %3)</source>
        <translation>重みファイル %1 は正しい TOML ではありません（%2 行目、%3 列目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1 is not valid TOML</source>
        <translation>重みファイル %1 は正しい TOML ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weights file %1 must hold a table of component = weight</source>
        <translation>重みファイル %1 には「構成要素 = 重み」の表が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the weights file %1: weights must be a table of component = weight</source>
        <translation>重みファイル %1: weights は「構成要素 = 重み」の表にしてください</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>abm-health: not enough dated history to backtest (it needs 90 days of data before a month end and 90 days after it); import more history or run `abm-health demo`.</source>
        <translation>abm-health：バックテストに必要な日付付きの履歴が足りません（月末の前に90日分、後に90日分のデータが必要です）。履歴をさらにインポートするか、`abm-health demo` を実行してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model version %1</source>
        <translation>モデルバージョン %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights from %1 (not saved)</source>
        <translation>%1 の重み（未保存）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backtest of %1: %2 month ends %3 to %4, %5-day horizon. AUC %6</source>
        <translation>%1 のバックテスト：%3 から %4 までの月末 %2 回、予測期間 %5 日。AUC %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospects</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1x</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>observations</source>
        <translation>観測数</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>outcomes</source>
        <translation>結果数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auc</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top band</source>
        <translation>上位区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle band</source>
        <translation>中位区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom band</source>
        <translation>下位区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lift</source>
        <translation>リフト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 n/a</source>
        <translation>%1 該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %3 件中 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>顧客の %1 日以内の解約確率：ブライアスコア %2（基準率のみの場合は %3）。各月末は他の月末から予測。%4 件の観測で較正（%5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations (%5).</source>
        <translation>見込み客の %1 日以内の商談確率：ブライアスコア %2（基準率のみの場合は %3）。各月末は他の月末から予測。%4 件の観測で較正（%5）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers, likelihood of churn within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>顧客の %1 日以内の解約確率：ブライアスコア %2（基準率のみの場合は %3）。各月末は他の月末から予測。%4 件の観測で較正。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospects, likelihood of opportunity within %1 days: Brier %2 (base rate alone %3), each month end predicted from the others; calibrated on %4 observations.</source>
        <translation>見込み客の %1 日以内の商談確率：ブライアスコア %2（基準率のみの場合は %3）。各月末は他の月末から予測。%4 件の観測で較正。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observed</source>
        <translation>実績</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../../desktop/commands/backup.py" line="+32"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>ワークスペースの整合性のとれたコピーを書き出す（SQLite ファイル）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the workspace (safe while the window is open).</source>
        <translation>ワークスペースの整合性のとれたコピーを書き出します（ウィンドウを開いたままでも安全です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the copy (default: next to the workspace, stamped with the time)</source>
        <translation>コピーの書き出し先（既定：ワークスペースと同じ場所に、日時を付けた名前で）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダ %1 を作成できません：%2</translation>
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
        <translation>%1 を %2 にバックアップしました</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 はすでに存在します。別のファイル名を選んでください</translation>
    </message>
</context>
<context>
    <name>BandRateModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+255"/>
        <source>Customers: churned</source>
        <translation>顧客：解約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>見込み客：商談</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+44"/>
        <source>Healthy</source>
        <translation>健全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>ホット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>ウォーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>コールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>BatchWords</name>
    <message>
        <location filename="../../desktop/shared/wording/batches.py" line="+16"/>
        <source>There is no import batch %1; `abm-health batches` lists them.</source>
        <translation>インポートバッチ %1 はありません。`abm-health batches` で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 has already been undone.</source>
        <translation>バッチ %1 はすでに取り消されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 is %2, not finished; nothing to undo.</source>
        <translation>バッチ %1 の状態は %2 で、完了していません。取り消すものはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo it first.</source>
        <translation>バッチ %1 は取り消せません：後のバッチ %2 が同じ %3 を変更しています。先にそのバッチを取り消してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch %1 can&apos;t be undone: batch(es) %2 later changed the same %3; undo them first.</source>
        <translation>バッチ %1 は取り消せません：後のバッチ %2 が同じ %3 を変更しています。先にそれらのバッチを取り消してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown table %1; it can&apos;t be undone.</source>
        <translation>バッチが不明なテーブル %1 を参照しているため、取り消せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch refers to an unknown column %1; it can&apos;t be undone.</source>
        <translation>バッチが不明な列 %1 を参照しているため、取り消せません。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 from batch %3 refer to the %4 it added; undo batch %3 first.</source>
        <translation>
            <numerusform>バッチ %1 は取り消せません：バッチ %3 の %2 %Ln 件が、このバッチで追加された %4 を参照しています。先にバッチ %3 を取り消してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Batch %1 can&apos;t be undone: %Ln %2 entered in the app refer to the %3 it added; delete them first, or keep this batch.</source>
        <translation>
            <numerusform>バッチ %1 は取り消せません：アプリで入力された %2 %Ln 件が、このバッチで追加された %3 を参照しています。先にそれらを削除するか、このバッチを残してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <location filename="../../desktop/commands/batches.py" line="+32"/>
        <source>list the import batches (newest first)</source>
        <translation>インポートのバッチを一覧表示する（新しい順）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every import batch: when, which file, what it did, and its status.</source>
        <translation>すべてのインポートのバッチを一覧表示します：日時、ファイル、処理内容、ステータス。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output format (default: table)</source>
        <translation>出力形式（既定：table）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>undo an import batch</source>
        <translation>インポートのバッチを取り消す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rows an import batch inserted and restore the values it updated.</source>
        <translation>インポートのバッチが追加した行を削除し、更新した値を元に戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the batch number (see `batches`)</source>
        <translation>バッチ番号（`batches` を参照）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No imports yet.</source>
        <translation>インポートはまだありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>abm-health undo: %1</source>
        <translation>abm-health undo：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undid batch %1: removed %2 inserted row(s), restored %3 updated row(s).</source>
        <translation>バッチ %1 を取り消しました：追加された %2 行を削除し、更新された %3 行を復元しました。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+89"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cell is checked against what it should hold; nothing is written yet.</source>
        <translation>すべてのセルを想定される内容と照合します。まだ何も書き込みません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import nothing if any row is rejected (strict)</source>
        <translation>除外される行が1行でもあれば何もインポートしない（厳密モード）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: save rejected rows to this CSV file</source>
        <translation>任意：除外された行をこの CSV ファイルに保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems by kind</source>
        <translation>種類別の問題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems row by row (first %1)</source>
        <translation>行ごとの問題（最初の %1 件）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 rows read: %2 would be added, %3 updated, %4 are unchanged and %5 rejected.</source>
        <translation>%1 行を読み込みました：追加 %2 行、更新 %3 行、変更なし %4 行、除外 %5 行になります。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the file</source>
        <translation>ファイルをチェックしています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check failed</source>
        <translation>チェックに失敗しました</translation>
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
        <translation>期待される値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+87"/>
        <source>%1: any</source>
        <translation>%1：すべて</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 selected</source>
        <translation>%1：%2 件選択</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <location filename="../../desktop/commands/catalog.py" line="+21"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>ワークスペースに現実的なデモ用ポートフォリオを入れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>CSV または XLSX のエクスポートをインポートする（アカウント、コンタクト、イベント、取引など）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>CRM のエクスポートフォルダ（Zoho、HubSpot など）全体を依存関係の順にインポートする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the import batches (newest first)</source>
        <translation>インポートのバッチを一覧表示する（新しい順）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import batch</source>
        <translation>インポートのバッチを取り消す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>期間のすべての KPI を、前期の値と変化とともに表示する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journey stage and explained health score of every account</source>
        <translation>全アカウントのジャーニーステージと、根拠付きのヘルススコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate the health model on the workspace&apos;s own history</source>
        <translation>ワークスペース自身の履歴でヘルスモデルを検証する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>アカウントレポート（PDF/HTML）、ポートフォリオブック（XLSX/CSV）、または会議資料（PDF）を書き出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of the workspace (an SQLite file)</source>
        <translation>ワークスペースの整合性のとれたコピーを書き出す（SQLite ファイル）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the workspace settings, or change one with `settings set KEY VALUE`</source>
        <translation>ワークスペースの設定を表示する。`settings set KEY VALUE` で1つ変更する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>エンティティの標準 CSV レイアウトを書き出す（インポートにマッピングは不要）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>SQLite と PostgreSQL の間でワークスペースをコピーし、テーブルごとに確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>PostgreSQL 上のチームワークスペース：スキーマとロールを作成する</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+82"/>
        <source>Who is missing</source>
        <translation>不足している役割</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts, by role and engagement</source>
        <translation>役割とエンゲージメント別のコンタクト</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision maker and champion both engaged recently.</source>
        <translation>意思決定者とチャンピオンの両方が最近エンゲージしています。</translation>
    </message>
</context>
<context>
    <name>CommitteeWords</name>
    <message>
        <location filename="../../desktop/shared/wording/committee.py" line="+23"/>
        <source>No contacts known at this account: find the decision maker and a champion.</source>
        <translation>このアカウントには既知のコンタクトがいません：意思決定者とチャンピオンを見つけてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision maker known: find and add one.</source>
        <translation>意思決定者が不明です：見つけて追加してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No champion known: find and add one.</source>
        <translation>チャンピオンが不明です：見つけて追加してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No decision maker with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのある意思決定者がいません（スコア対象タッチは一度もありません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No decision maker with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのある意思決定者がいません（最終スコア対象タッチは %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No champion with a scored touch in %n days (no scored touch ever).</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのあるチャンピオンがいません（スコア対象タッチは一度もありません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No champion with a scored touch in %n days (last scored touch %1).</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのあるチャンピオンがいません（最終スコア対象タッチは %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nobody at the account had a scored touch in %n days.</source>
        <translation>
            <numerusform>このアカウントでは %n 日間、誰にもスコア対象タッチがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %2 contacts had a scored touch in %n days.</source>
        <translation>
            <numerusform>%n 日間にスコア対象タッチがあったコンタクトは %2 人中 %1 人です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/components.py" line="+37"/>
        <source>no NPS response in %n days</source>
        <translation>
            <numerusform>%n 日間 NPS の回答がない</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>購買委員会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>勢い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>顧客維持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>顧客満足度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a customer</source>
        <translation>顧客ではない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer without a subscription record</source>
        <translation>サブスクリプションの記録がない顧客</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no weight</source>
        <translation>重みなし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data: no touch, meeting, deal, subscription, NPS response or question is on record for this account yet, so it has no score (rather than a score of 0).</source>
        <translation>データなし：このアカウントにはタッチ、ミーティング、取引、サブスクリプション、NPS の回答、質問の記録がまだないため、スコアはありません（スコア 0 ではありません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>%1は対象外です：その重み（%3 のうち %2）は他の構成要素に配分されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 do not apply: their weight (%2 of %3) is shared out over the other components.</source>
        <translation>%1は対象外です：その重み（%3 のうち %2）は他の構成要素に配分されます。</translation>
    </message>
</context>
<context>
    <name>ConventionWords</name>
    <message>
        <location filename="../../desktop/i18n/conventions.py" line="+48"/>
        <source>{} pts</source>
        <comment>points of NPS or a score, not percentage points</comment>
        <translation>{} ポイント</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <location line="-23"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} pts</source>
        <translation>{} ポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{} days</source>
        <translation>{} 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{} h</source>
        <translation>{} 時間</translation>
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
        <translation>十億</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../../desktop/commands/copy.py" line="+24"/>
        <source>copy a workspace between SQLite and PostgreSQL, checked table by table</source>
        <translation>SQLite と PostgreSQL の間でワークスペースをコピーし、テーブルごとに確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy everything (data, import history, settings, model versions, health history) from SRC to DEST, each a file or a database URL, and check every table by row count and content hash.</source>
        <translation>すべて（データ、インポート履歴、設定、モデルバージョン、ヘルス履歴）を SRC から DEST にコピーし（どちらもファイルまたはデータベースの URL）、すべてのテーブルを行数と内容のハッシュで確認します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace to copy</source>
        <translation>コピー元のワークスペース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new file or an empty database (URL without a password)</source>
        <translation>新しいファイルまたは空のデータベース（パスワードを含まない URL）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SRC and DEST are the same workspace</source>
        <translation>SRC と DEST が同じワークスペースです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists; copy into a new file</source>
        <translation>%1 はすでに存在します。新しいファイルにコピーしてください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied %1 to %2:</source>
        <translation>%1 を %2 にコピーしました：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tables, %2 rows; row counts and content hashes checked equal on both sides.</source>
        <translation>テーブル %1 個、%2 行。行数と内容のハッシュが両側で一致することを確認しました。</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <location filename="../../desktop/shared/wording/copies.py" line="+14"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 はすでに存在します。別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write in %1: %2; choose a folder you can write to</source>
        <translation>%1 に書き込めません：%2。書き込みできるフォルダを選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding %1 is full; nothing was written. Free some space or choose another folder</source>
        <translation>%1 のあるディスクがいっぱいです。何も書き込まれていません。空き容量を増やすか、別のフォルダを選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing to %1 failed (disk I/O error: the disk may be full or failing); nothing was written. Free some space or choose another folder</source>
        <translation>%1 への書き込みに失敗しました（ディスク I/O エラー：ディスクがいっぱいか故障している可能性があります）。何も書き込まれていません。空き容量を増やすか、別のフォルダを選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace %1 is damaged (%2); nothing was written. Restore an earlier backup</source>
        <translation>ワークスペース %1 は破損しています（%2）。何も書き込まれていません。以前のバックアップを復元してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 appeared while the backup was written; choose another file name</source>
        <translation>バックアップの書き込み中に %1 が作成されました。別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>%1 を書き込めません：%2。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup of %1 failed: %2; nothing was written</source>
        <translation>%1 のバックアップに失敗しました：%2。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination %1 already holds data (%2); copy into a new file or an empty database.</source>
        <translation>コピー先 %1 にはすでにデータがあります（%2）。新しいファイルか空のデータベースにコピーしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of %1 differs from the source (%2 rows against %3, or different contents); nothing was written.</source>
        <translation>%1 のコピーがコピー元と一致しません（%2 行に対し %3 行、または内容の相違）。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../desktop/dashboard/chart_panels.py" line="+36"/>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>健全</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>コールド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>ウォーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>ホット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aware</source>
        <translation>認知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>エンゲージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engaged contacts</source>
        <translation>エンゲージしたコンタクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same month a year earlier</source>
        <translation>前年同月</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Customers: retention</source>
        <translation>顧客：顧客維持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: buying intent</source>
        <translation>見込み客：購買意欲</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engagement trend</source>
        <translation>エンゲージメントの推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>ジャーニーファネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>ジャーニーに沿った CTA コンバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS distribution</source>
        <translation>NPS の分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health bands over time</source>
        <translation>健全性区分の推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs and cost per MQL by campaign</source>
        <translation>キャンペーン別の MQL と MQL あたりコスト</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No engagement recorded in the last twelve months.</source>
        <translation>過去12か月にエンゲージメントの記録はありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Distinct contacts with any engagement per month; the shaded band is the period on the tiles.</source>
        <translation>月ごとに何らかのエンゲージメントがあったコンタクトの数（重複なし）。網掛けはタイルの期間です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No journey stages yet.</source>
        <translation>ジャーニーステージはまだありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accounts that had reached each stage by the period&apos;s end (in brackets: during it); ↓ share that went on to the next stage. Churned in the period: %1.</source>
        <translation>期間末までに各ステージに到達したアカウント数（括弧内は期間中の到達数）。↓ は次のステージに進んだ割合です。期間中の解約：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No CTA views in the period.</source>
        <translation>この期間に CTA の表示はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · day %2</source>
        <translation>%1 · %2 日目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <comment>share of viewers</comment>
        <translation>%1（表示 %2 人）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewers who clicked, per CTA, in the order accounts meet them (median day of their journey); %1 of %2 CTAs, the most seen.</source>
        <translation>CTA ごとの、表示した人のうちクリックした人の割合。アカウントが接する順（ジャーニーでの日数の中央値）に並べています。全 %2 件の CTA のうち、表示の多い %1 件です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No NPS responses in the period.</source>
        <translation>この期間に NPS の回答はありません。</translation>
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
            <numerusform>推奨者 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln passives</source>
        <translation>
            <numerusform>中立者 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln detractors</source>
        <translation>
            <numerusform>批判者 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3). Caution: small sample.</source>
        <translation>NPS %1 · n = %2（%3）。注意：サンプルが少数です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 · n = %2 (%3).</source>
        <translation>NPS %1 · n = %2（%3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No weekly health snapshots in the half year up to the period&apos;s end. The window stores them in the background when it opens a workspace it may write to.</source>
        <translation>期間の終わりまでの半年間に週次のヘルススナップショットがありません。書き込みできるワークスペースを開くと、ウィンドウがバックグラウンドで保存します。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accounts per band, weekly snapshots of the %Ln weeks up to the period&apos;s end: customers healthy / watch / at risk / churned, prospects hot / warm / cold.</source>
        <translation>
            <numerusform>区分ごとのアカウント数。期間末までの %Ln 週の週次スナップショット：顧客は健全／要注意／リスクあり／解約済み、見込み客はホット／ウォーム／コールド。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No campaign cost or MQL in the period.</source>
        <translation>この期間にキャンペーンコストも MQL もありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 each</source>
        <translation>%1 · 1件あたり %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · cost n/a</source>
        <translation>%1 · コスト該当なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQLs of the top %1 of %2 campaigns (last-touch attribution) and the cost of each MQL: campaign cost in the period / its MQLs.</source>
        <translation>全 %2 件のキャンペーンのうち上位 %1 件の MQL（ラストタッチアトリビューション）と MQL あたりコスト：期間中のキャンペーンコスト ÷ その MQL 数。</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+22"/>
        <source>Tier 1 · 1:1</source>
        <translation>ティア 1 · 1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 2 · 1:few</source>
        <translation>ティア 2 · 1:少数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier 3 · 1:many</source>
        <translation>ティア 3 · 1:多数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all accounts</source>
        <translation>全アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all target accounts</source>
        <translation>全ターゲットアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (target and non-target accounts)</source>
        <translation>%1（ターゲット・非ターゲットの全アカウント）</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/dashboard/page.py" line="+73"/>
        <source>caution: small sample</source>
        <translation>注意：サンプルが少数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: click-through falling</source>
        <translation>アラート：クリックスルー率が低下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert: unsubscribes rising</source>
        <translation>アラート：配信停止が増加</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Alignment meeting</source>
        <translation>連携会議</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Engagement and the journey</source>
        <translation>エンゲージメントとジャーニー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion and satisfaction</source>
        <translation>コンバージョンと顧客満足度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and campaigns</source>
        <translation>健全性とキャンペーン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journey</source>
        <translation>ジャーニー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers and campaigns</source>
        <translation>顧客とキャンペーン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accounts to act on: at risk</source>
        <translation>対応が必要なアカウント：リスクあり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts to act on: biggest movers</source>
        <translation>対応が必要なアカウント：変動の大きいアカウント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts to act on</source>
        <translation>対応が必要なアカウント</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The dashboard could not be updated</source>
        <translation>ダッシュボードを更新できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the dashboard</source>
        <translation>ダッシュボードを更新しています</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trends could not be computed.</source>
        <translation>推移を計算できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly trends</source>
        <translation>月次の推移</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 (%Ln accounts)</source>
        <translation>
            <numerusform>%1（アカウント %Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2（比較対象：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · Data as of %1</source>
        <translation> · データ基準日 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vs %1</source>
        <translation>比較：%1</translation>
    </message>
</context>
<context>
    <name>DealWords</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-76"/>
        <source>New business</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>成約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>無断欠席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DealsTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+14"/>
        <source>Opportunities</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../desktop/commands/demo.py" line="+31"/>
        <source>fill the workspace with a realistic demo portfolio</source>
        <translation>ワークスペースに現実的なデモ用ポートフォリオを入れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the workspace with a deterministic demo portfolio: target accounts with buying committees, 18 months of campaigns and engagement, meetings, deals, subscriptions, NPS, questions and notes. The same seed and as-of date give the same data.</source>
        <translation>ワークスペースに、毎回同じ内容になるデモ用ポートフォリオを入れます：購買委員会のあるターゲットアカウント、18か月分のキャンペーンとエンゲージメント、ミーティング、取引、サブスクリプション、NPS、質問、メモ。シードと基準日が同じなら同じデータになります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of accounts (default 250)</source>
        <translation>アカウント数（既定：250）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total engagement events (default 150 per account)</source>
        <translation>エンゲージメントイベントの総数（既定：1アカウントあたり 150）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (default 1)</source>
        <translation>乱数シード（既定：1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day of the 18-month history, YYYY-MM-DD (default today)</source>
        <translation>18か月分の履歴の最終日、YYYY-MM-DD（既定：今日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the workspace&apos;s existing data with the demo</source>
        <translation>ワークスペースの既存データをデモで置き換える</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>abm-health demo: %1</source>
        <translation>abm-health demo：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the data of %1 in %2 s.</source>
        <translation>%1 のデータを置き換えました（%2 秒）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled %1 in %2 s.</source>
        <translation>%1 にデータを入れました（%2 秒）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be at least 1, not %1</source>
        <translation>1 以上にしてください（%1 は不可）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 or more, not %1</source>
        <translation>0 以上にしてください（%1 は不可）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a date as YYYY-MM-DD, not %1</source>
        <translation>日付は YYYY-MM-DD 形式で指定してください（%1 は不可）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Demo portfolio as of %1 (seed %2): %3.</source>
        <translation>デモのポートフォリオ（%1 時点、シード %2）: %3。</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../desktop/shared/wording/demo_progress.py" line="+14"/>
        <source>drawing account stories</source>
        <translation>アカウントのストーリーを作成中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generating %1 engagement events</source>
        <translation>エンゲージメントイベント %1 件を生成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generating deals, meetings, NPS, questions and notes</source>
        <translation>取引、ミーティング、NPS、質問、メモを生成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting the workspace&apos;s existing data</source>
        <translation>ワークスペースの既存データを削除中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing rows (%1 of %2)</source>
        <translation>行を書き込み中（%2 行中 %1 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/demo.py" line="-24"/>
        <source>%Ln accounts</source>
        <translation>
            <numerusform>アカウント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>コンタクト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>キャンペーン %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>イベント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>ミーティング %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>商談 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln subscriptions</source>
        <translation>
            <numerusform>サブスクリプション %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln NPS responses</source>
        <translation>
            <numerusform>NPS 回答 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>質問 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>メモ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/demo.py" line="+18"/>
        <source>The workspace %1 already holds data (in %2); choose an empty workspace, or pass --force to replace its data with the demo.</source>
        <translation>ワークスペース %1 にはすでにデータがあります（%2）。空のワークスペースを選ぶか、--force を付けてデータをデモで置き換えてください。</translation>
    </message>
</context>
<context>
    <name>DriverWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/drivers.py" line="+39"/>
        <source>no scored touch in %n days; last scored touch on %1</source>
        <translation>
            <numerusform>%n 日間スコア対象タッチがない（最終スコア対象タッチは %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no scored touch in %n days</source>
        <translation>
            <numerusform>%n 日間スコア対象タッチがない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>engagement of %1 points from scored touches in %n days against %2 for the top %3% of tier-%4 accounts</source>
        <translation>
            <numerusform>%n 日間のスコア対象タッチによるエンゲージメントは %1 ポイント（ティア %4 のアカウント上位 %3% は %2 ポイント）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>engagement among the top %1% of tier-%2 accounts (%3 points from scored touches in %n days)</source>
        <translation>
            <numerusform>エンゲージメントはティア %2 のアカウントの上位 %1% 以内（%n 日間のスコア対象タッチで %3 ポイント）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no known contacts</source>
        <translation>既知のコンタクトがいない</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker among the %n known contact</source>
        <translation>
            <numerusform>既知のコンタクト %n 人の中に意思決定者がいない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no decision maker among the %n known contacts</source>
        <translation>
            <numerusform>既知のコンタクト %n 人の中に意思決定者がいない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no decision maker with a scored touch in %n days (last scored touch on %1)</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのある意思決定者がいない（最終スコア対象タッチは %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no decision maker with a scored touch in %n days</source>
        <translation>
            <numerusform>%n 日間、スコア対象タッチのある意思決定者がいない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>only %1 of %2 known contacts with a scored touch in %n days</source>
        <translation>
            <numerusform>%n 日間にスコア対象タッチがあったコンタクトは既知の %2 人中 %1 人のみ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 decision makers and champions with a scored touch in %n days</source>
        <translation>
            <numerusform>%n 日間にスコア対象タッチがあった意思決定者とチャンピオンは %1 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no form fill, CTA click or meeting in %n days</source>
        <translation>
            <numerusform>%n 日間フォーム入力、CTA クリック、ミーティングがない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 form fills, CTA clicks and meetings in %n days</source>
        <translation>
            <numerusform>%n 日間にフォーム入力、CTA クリック、ミーティングが %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>points from scored touches in the last %n days down %1% a day on the %2 days before</source>
        <translation>
            <numerusform>直近 %n 日間のスコア対象タッチのポイント（1日あたり）が、その前の %2 日間より %1% 減少</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>new scored touches in the last %n days (none in the %1 days before)</source>
        <translation>
            <numerusform>直近 %n 日間に新しいスコア対象タッチあり（その前の %1 日間はなし）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>points from scored touches in the last %n days up %1% a day on the %2 days before</source>
        <translation>
            <numerusform>直近 %n 日間のスコア対象タッチのポイント（1日あたり）が、その前の %2 日間より %1% 増加</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no open opportunity</source>
        <translation>オープンな商談がない</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open opportunity (no amounts to compare)</source>
        <translation>
            <numerusform>オープンな商談 %n 件（比較できる金額なし）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open opportunities (no amounts to compare)</source>
        <translation>
            <numerusform>オープンな商談 %n 件（比較できる金額なし）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open opportunity worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>オープンな商談 %n 件、金額 %1（ティアの中央値 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open opportunities worth %1 against a tier median of %2</source>
        <translation>
            <numerusform>オープンな商談 %n 件、金額 %1（ティアの中央値 %2）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>won an opportunity on %1</source>
        <translation>%1 に商談を成約</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won &apos;%1&apos; on %2</source>
        <translation>%2 に「%1」を成約</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>churned on %1</source>
        <translation>%1 に解約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>churned</source>
        <translation>解約済み</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>renewal in %n days with no meeting booked</source>
        <translation>
            <numerusform>%n 日後に更新、ミーティングの予約なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>renewal in %n days</source>
        <translation>
            <numerusform>%n 日後に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>ARR down %1% in %n days (%2 to %3)</source>
        <translation>
            <numerusform>%n 日間で ARR が %1% 減少（%2 から %3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active subscription, renewal on %1</source>
        <translation>有効なサブスクリプション、%1 に更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detractor response on %1 (score %2)</source>
        <translation>%1 に批判者の回答（スコア %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoter response on %1 (score %2)</source>
        <translation>%1 に推奨者の回答（スコア %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>NPS %1 from %n response</source>
        <translation>
            <numerusform>NPS %1（回答 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>NPS %1 from %n responses</source>
        <translation>
            <numerusform>NPS %1（回答 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 questions not answered within %3 h</source>
        <translation>%2 件中 %1 件の質問に %3 時間以内の回答なし</translation>
    </message>
</context>
<context>
    <name>EditWords</name>
    <message>
        <location filename="../../desktop/shared/wording/edits.py" line="+16"/>
        <source>A note needs some text; type what happened or what to do next.</source>
        <translation>メモには本文が必要です。起きたことや次にすることを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note %1 no longer exists; it was deleted elsewhere.</source>
        <translation>メモ %1 はもう存在しません。別の場所で削除されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>メモは %1 によって変更されました。あなたの編集は保存されていません。メモを読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by %1 at %2; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>メモは %2 に %1 によって変更されました。あなたの編集は保存されていません。メモを読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>メモは別のユーザーによって変更されました。あなたの編集は保存されていません。メモを読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was changed by someone else at %1; your edit was not saved. The note has been reloaded: make your change again.</source>
        <translation>メモは %1 に別のユーザーによって変更されました。あなたの編集は保存されていません。メモを読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>設定は %1 によって変更されました。あなたの設定は保存されていません。設定を読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by %1 at %2; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>設定は %2 に %1 によって変更されました。あなたの設定は保存されていません。設定を読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>設定は別のユーザーによって変更されました。あなたの設定は保存されていません。設定を読み込み直しました：もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings were changed by someone else at %1; yours were not saved. The settings have been reloaded: make your change again.</source>
        <translation>設定は %1 に別のユーザーによって変更されました。あなたの設定は保存されていません。設定を読み込み直しました：もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../../desktop/import_wizard/state.py" line="+21"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement events</source>
        <translation>エンゲージメントイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings (calls and demos)</source>
        <translation>ミーティング（電話・デモ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities (deals)</source>
        <translation>商談（取引）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS の回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (support tickets)</source>
        <translation>質問（サポートチケット）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>EventFamilies</name>
    <message>
        <location filename="../../desktop/shared/palette.py" line="+28"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms &amp; CTAs</source>
        <translation>フォームと CTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ads &amp; social</source>
        <translation>広告とソーシャル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinars</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../../desktop/account/data.py" line="-109"/>
        <source>Email sent</source>
        <translation>メール送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>メール配信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>メール開封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>メールクリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>メールバウンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>コンテンツ閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>コンテンツダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Web 訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>フォーム表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>フォーム入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>広告クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>ソーシャルエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registration</source>
        <translation>ウェビナー登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>ウェビナー参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>メディア掲載</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/export/dialog.py" line="+58"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel ブック（XLSX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, one per sheet</source>
        <translation>CSV ファイル（シートごとに1ファイル）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+58"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Account report: health, KPIs, committee, deals, NPS, notes</source>
        <translation>アカウントレポート：健全性、KPI、購買委員会、取引、NPS、メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio workbook: every account, KPIs, funnel, campaigns</source>
        <translation>ポートフォリオブック：全アカウント、KPI、ファネル、キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting pack: the dashboard for a period</source>
        <translation>会議資料：期間のダッシュボード</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Non-target accounts too</source>
        <translation>非ターゲットアカウントも含める</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open when written</source>
        <translation>書き出し後に開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>すべてのティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier %1</source>
        <translation>ティア %1</translation>
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
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portfolio %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>ポートフォリオ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting pack %1</source>
        <comment>file name; %1: the period&apos;s last day</comment>
        <translation>会議資料 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exporting %1</source>
        <translation>%1 をエクスポートしています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>フォルダ %1 は存在しません。別の場所を選んでください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>owner %1</source>
        <translation>担当者 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every account (%Ln accounts)</source>
        <translation>
            <numerusform>全アカウント（%Ln 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>ポートフォリオ（ターゲットアカウント %Ln 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%1 のアカウント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%1 のターゲットアカウント %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The workspace is still loading; export when it is ready.</source>
        <translation>ワークスペースを読み込み中です。準備ができてからエクスポートしてください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Folder for the CSV files</source>
        <translation>CSV ファイルの保存先フォルダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report as</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period starts after it ends; choose a start on or before the end.</source>
        <translation>期間の開始が終了より後になっています。終了日以前の開始日を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the report.</source>
        <translation>レポートの保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an account from the list.</source>
        <translation>一覧からアカウントを選んでください。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %1 (%Ln pages).</source>
        <translation>
            <numerusform>%1 を書き出しました（%Ln ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export failed; nothing was written.</source>
        <translation>エクスポートに失敗しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the report</source>
        <translation>レポートをエクスポートしています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <location filename="../../desktop/import_wizard/field_help.py" line="+17"/>
        <source>The CRM&apos;s id; importing again updates the row with this id.</source>
        <translation>CRM の ID。再度インポートすると、この ID の行が更新されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web domain, e.g. acme.com.</source>
        <translation>Web ドメイン（例：acme.com）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 = strategic (1:1), 2 = a few accounts together (1:few), 3 = many accounts (1:many).</source>
        <translation>1 = 戦略的（1:1）、2 = 少数のアカウントをまとめて（1:少数）、3 = 多数のアカウント（1:多数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent account: its CRM id, name or domain.</source>
        <translation>親アカウント：CRM の ID、名前またはドメイン。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO code of the amounts; it must be the workspace currency.</source>
        <translation>金額の ISO 通貨コード。ワークスペースの通貨と同じでなければなりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account: its CRM id, name or domain.</source>
        <translation>アカウント：CRM の ID、名前またはドメイン。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name; when it is blank, the e-mail address is used.</source>
        <translation>氏名。空欄の場合はメールアドレスを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the contact became a lead.</source>
        <translation>コンタクトがリードになった日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact: their CRM id, e-mail address or name.</source>
        <translation>コンタクト：CRM の ID、メールアドレスまたは名前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>A contact (CRM id, e-mail address or name): when the row names no account, it takes the contact&apos;s account. The contact itself is not stored.</source>
        <translation>コンタクト（CRM の ID、メールアドレスまたは名前）：行にアカウントの指定がない場合は、そのコンタクトのアカウントを使います。コンタクト自体は保存されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign: its CRM id or name.</source>
        <translation>キャンペーン：CRM の ID または名前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id of the e-mail, content, form, call to action or page.</source>
        <translation>メール、コンテンツ、フォーム、CTA またはページの ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage as the CRM writes it.</source>
        <translation>CRM に記録されているとおりのステージ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank while the subscription is active.</source>
        <translation>サブスクリプションが有効な間は空欄。</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web domain</source>
        <translation>Web ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>業界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead source</source>
        <translation>リードソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset (e-mail, content, form, CTA or page)</source>
        <translation>アセット（メール、コンテンツ、フォーム、CTA またはページ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal type</source>
        <translation>取引の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage in the CRM</source>
        <translation>CRM 上のステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>プロモーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (CRM id or name)</source>
        <translation>アカウント（CRM ID または名前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact (CRM id or e-mail)</source>
        <translation>コンタクト（CRM ID またはメールアドレス）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign (CRM id or name)</source>
        <translation>キャンペーン（CRM ID または名前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent account</source>
        <translation>親アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target account</source>
        <translation>ターゲットアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid campaign</source>
        <translation>有料キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年間売上高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an MQL on</source>
        <translation>MQL になった日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Became an SQL on</source>
        <translation>SQL になった日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed on</source>
        <translation>配信停止日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked on</source>
        <translation>予約日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned on</source>
        <translation>解約日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Asked on</source>
        <translation>質問日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (seconds)</source>
        <translation>所要時間（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying role</source>
        <translation>購買における役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score</source>
        <translation>リードスコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (0–10)</source>
        <translation>スコア（0～10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+60"/>
        <location line="+3"/>
        <source>Detect</source>
        <translation>自動検出</translation>
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
        <translation>カンマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe</source>
        <translation>パイプ（|）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or XLSX export from your CRM or marketing-automation tool.</source>
        <translation>CRM またはマーケティングオートメーションツールから書き出した CSV または XLSX ファイル。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>path/to/export.csv</source>
        <translation>path/to/export.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping file…</source>
        <translation>マッピングファイル…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates are day-first (03/04/2025 is 3 April)</source>
        <translation>日付は日が先（03/04/2025 は4月3日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers use a decimal comma (1.234,50)</source>
        <translation>数値の小数点はカンマ（1.234,50）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggest from the file&apos;s headers</source>
        <translation>ファイルの見出しから候補を提示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an export</source>
        <translation>エクスポートファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>エクスポートファイル (*.csv *.txt *.tsv *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a mapping</source>
        <translation>マッピングを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappings (*.toml)</source>
        <translation>マッピング (*.toml)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/dashboard/filters.py" line="+19"/>
        <location filename="../../desktop/portfolio/filter_bar.py" line="+36"/>
        <source>Non-target accounts too</source>
        <translation>非ターゲットアカウントも含める</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard counts the target accounts (the portfolio); tick to add the accounts that are not on the target list.</source>
        <translation>ダッシュボードはターゲットアカウント（ポートフォリオ）を集計します。チェックするとターゲットリスト外のアカウントも加えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>すべてのティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location filename="../../desktop/portfolio/filter_bar.py" line="-17"/>
        <source>Search name, owner, industry…   Ctrl+F</source>
        <translation>名前、担当者、業界で検索…   Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · strategic</source>
        <translation>1 · 戦略（1:1）</translation>
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
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved filters</source>
        <translation>保存したフィルター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The portfolio is the target accounts; tick to list the others too.</source>
        <translation>ポートフォリオはターゲットアカウントです。チェックすると、それ以外のアカウントも一覧に表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 / %2 アカウント</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My accounts…</source>
        <translation>自分のアカウント…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier 1 at risk</source>
        <translation>ティア 1 のリスクあり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current filter…</source>
        <translation>現在のフィルターを保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete saved filter</source>
        <translation>保存したフィルターを削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My accounts</source>
        <translation>自分のアカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which owner are you? (saved in the workspace)</source>
        <translation>あなたはどの担当者ですか？（ワークスペースに保存されます）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this filter:</source>
        <translation>このフィルターの名前：</translation>
    </message>
</context>
<context>
    <name>FrameTableModel</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <source>Component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>影響先</translation>
    </message>
    <message>
        <location filename="../../desktop/account/notes.py" line="+45"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note or next action</source>
        <translation>メモまたは次のアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../desktop/account/tabs.py" line="-93"/>
        <location line="+14"/>
        <location line="+23"/>
        <location filename="../../desktop/account/timeline.py" line="+41"/>
        <source>Contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最終スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches</source>
        <translation>スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL since</source>
        <translation>MQL になった日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/account/timeline.py" line="-1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>予約日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../desktop/account/timeline.py" line="+2"/>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM stage</source>
        <translation>CRM のステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>プロモーション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>解約日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responded</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../desktop/account/timeline.py" line="-3"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../../desktop/commands/health.py" line="+56"/>
        <source>up</source>
        <translation>上昇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>横ばい</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Health as of %1 (model version %2), %Ln accounts; data as of %3</source>
        <translation>
            <numerusform>%1 時点の健全性（モデルバージョン %2）、アカウント %Ln 件。データ基準日 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health as of %1 (model version %2), %Ln target accounts; data as of %3</source>
        <translation>
            <numerusform>%1 時点の健全性（モデルバージョン %2）、ターゲットアカウント %Ln 件。データ基準日 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>journey stage and explained health score of every account</source>
        <translation>全アカウントのジャーニーステージと、根拠付きのヘルススコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print each account&apos;s journey stage, health score, band, trend and the drivers behind the score (model: the workspace&apos;s active health model version).</source>
        <translation>各アカウントのジャーニーステージ、ヘルススコア、区分、傾向、スコアの要因を表示します（モデル：ワークスペースで有効なヘルスモデルのバージョン）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score with data up to and including DATE, YYYY-MM-DD (default: the workspace&apos;s data date)</source>
        <translation>DATE（YYYY-MM-DD、当日を含む）までのデータでスコアリングする（既定：ワークスペースのデータ基準日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only accounts in this band</source>
        <translation>この区分のアカウントのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account, by id:N, ext:ID, domain or (part of a) name: prints its full explanation</source>
        <translation>1つのアカウント（id:N、ext:ID、ドメイン、または名前（の一部）で指定）：詳しい説明をすべて表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --account: what moved the score from DATE (YYYY-MM-DD) to the as-of day, by component and cause</source>
        <translation>--account と併用：DATE（YYYY-MM-DD）から基準日までのスコアの変動要因を、構成要素と原因別に表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --since: compare with model version N instead of the version in use on DATE</source>
        <translation>--since と併用：DATE 時点で使われていたバージョンの代わりに、モデルバージョン N と比較する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drivers per account (default: the model&apos;s top_drivers, 5)</source>
        <translation>アカウントごとの要因の数（既定：モデルの top_drivers、5）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 is not a date; expected YYYY-MM-DD, e.g. 2026-10-31</source>
        <translation>%1 %2 は日付ではありません。YYYY-MM-DD 形式で指定してください（例: 2026-10-31）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--since needs --account: what moved is told one account at a time</source>
        <translation>--since には --account が必要です：変動要因は1アカウントずつ示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from-version needs --since DATE</source>
        <translation>--from-version には --since DATE が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--since %1 must be before the as-of day %2</source>
        <translation>--since %1 は基準日 %2 より前でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>abm-health: the workspace has no accounts (as of that date); import some or run `abm-health demo`.</source>
        <translation>abm-health：ワークスペースに（その日付時点で）アカウントがありません。インポートするか、`abm-health demo` を実行してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health health: %1; give id:N, ext:ID, a domain or (part of) a name.</source>
        <translation>abm-health health：%1。id:N、ext:ID、ドメイン、または名前（の一部）を指定してください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data as of %1</source>
        <translation>データ基準日 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>band</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90-day likelihood</source>
        <translation>90日以内の確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trend</source>
        <translation>傾向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4w</source>
        <translation>4週間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top driver</source>
        <translation>主な要因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>未較正</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an opportunity is already open</source>
        <translation>商談はすでにオープンしています</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (id %2) as of %3, model version %4</source>
        <translation>%1（ID %2）%3 時点、モデルバージョン %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage %1 · score %2 · band %3 · trend %4</source>
        <translation>ステージ %1 · スコア %2 · 区分 %3 · 傾向 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 in 4 weeks)</source>
        <translation>%1（4週間で %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likelihood %1: %2</source>
        <translation>確率 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>likelihood n/a: %1</source>
        <translation>確率 該当なし：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>component</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share %</source>
        <translation>割合 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drivers:</source>
        <translation>要因：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buying committee (scored touches in the health window, last scored touch):</source>
        <translation>購買委員会（ヘルス算出期間内のスコア対象タッチ、最終スコア対象タッチ）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored touches</source>
        <translation>スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last scored touch</source>
        <translation>最終スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What moved the score from %1 to %2:</source>
        <translation>%1 から %2 までのスコアの変動要因：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>モデルバージョン %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>モデルバージョン %1 と %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) to %3 (%4), %5 points, %6</source>
        <translation>%1（%2）から %3（%4）へ、%5 点、%6</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New activity:</source>
        <translation>新しい活動：</translation>
    </message>
</context>
<context>
    <name>HealthModelEditor</name>
    <message>
        <location filename="../../desktop/settings/health.py" line="+144"/>
        <source>Customers: healthy from</source>
        <translation>顧客：健全の下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch from</source>
        <translation>要注意の下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: at risk)</source>
        <translation>（これ未満：リスクあり）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prospects: hot from</source>
        <translation>見込み客：ホットの下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm from</source>
        <translation>ウォームの下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(below: cold)</source>
        <translation>（これ未満：コールド）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backtest starts when this page opens.</source>
        <translation>このページを開くとバックテストを開始します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backtest on this workspace&apos;s history</source>
        <translation>このワークスペースの履歴でのバックテスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Is the likelihood right? Predicted against observed</source>
        <translation>確率は正しいか？予測値と実績値の比較</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Scoring every account at each month end…</source>
        <translation>各月末時点で全アカウントをスコアリングしています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scores at each of %1 month ends compared with the next %2 days: customers churned or not, prospects opened an opportunity or not.</source>
        <translation>%1 回の月末時点のスコアを、その後 %2 日間の結果と比較：顧客は解約したかどうか、見込み客は商談を作成したかどうか。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backtest could not run: %1</source>
        <translation>バックテストを実行できませんでした：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>saved model: %1</source>
        <translation>保存済みモデル：%1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Preparing the backtest</source>
        <translation>バックテストを準備しています</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>calibrated on %1 observations</source>
        <translation>%1 件の観測で較正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>顧客の解約確率：検証には2回以上の月末が必要です。%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: it takes two month ends or more to check it; %1.</source>
        <translation>見込み客の商談確率：検証には2回以上の月末が必要です。%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers&apos; churn likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>顧客の解約確率：ブライアスコア %1（基準率のみの場合は %2。低いほど良い）。%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects&apos; opportunity likelihood: Brier %1 against %2 for the base rate alone (lower is better); %3.</source>
        <translation>見込み客の商談確率：ブライアスコア %1（基準率のみの場合は %2。低いほど良い）。%3。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>What-if backtest</source>
        <translation>What-if バックテスト</translation>
    </message>
</context>
<context>
    <name>HealthModelErrorWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/health_model.py" line="+65"/>
        <source>%1: unknown setting(s) %2; expected some of %3.</source>
        <translation>
            <numerusform>%1: 不明な設定 %2 があります。次のいずれかを指定してください: %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: unknown component(s) %2 in weights; expected some of %3.</source>
        <translation>
            <numerusform>%1: weights に不明な構成要素 %2 があります。次のいずれかを指定してください: %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthModelErrors</name>
    <message>
        <location line="-49"/>
        <source>the model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights file %1</source>
        <translation>重みファイル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health model version %1</source>
        <translation>ヘルスモデル バージョン %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the weights add up to 0; give at least one a weight.</source>
        <translation>%1: 重みの合計が 0 です。少なくとも 1 つに重みを付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: band thresholds watch_min = %2 and healthy_min = %3; expected 0 &lt;= watch_min &lt; healthy_min &lt;= 100.</source>
        <translation>%1: 区分のしきい値 watch_min = %2、healthy_min = %3 は不正です。0 &lt;= watch_min &lt; healthy_min &lt;= 100 にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: band thresholds warm_min = %2 and hot_min = %3; expected 0 &lt;= warm_min &lt; hot_min &lt;= 100.</source>
        <translation>%1: 区分のしきい値 warm_min = %2、hot_min = %3 は不正です。0 &lt;= warm_min &lt; hot_min &lt;= 100 にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: engagement_percentile = %2; expected (0, 1].</source>
        <translation>%1: engagement_percentile = %2 は範囲外です。(0, 1] の値にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nps_share = %2; expected [0, 1].</source>
        <translation>%1: nps_share = %2 は範囲外です。[0, 1] の値にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a positive number of days.</source>
        <translation>%1: %2 は正の日数にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: recent_days = %2 must be shorter than window_days = %3.</source>
        <translation>%1: recent_days = %2 は window_days = %3 より短くしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 = %3 is not a number; expected e.g. %4.</source>
        <translation>%1: %2 = %3 は数値ではありません。例: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weights must be a table of component = number.</source>
        <translation>%1: weights は「構成要素 = 数値」の表にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: weight of %2 = %3 is not a number.</source>
        <translation>%1: %2 の重み %3 は数値ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: weight of %2 = %3; expected &gt;= 0.</source>
        <translation>%1: %2 の重み %3 は不正です。0 以上にしてください。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../desktop/commands/import_cmd.py" line="+52"/>
        <source>import a CSV or XLSX export (accounts, contacts, events, deals, ...)</source>
        <translation>CSV または XLSX のエクスポートをインポートする（アカウント、コンタクト、イベント、取引など）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV or XLSX export into the workspace in one transaction. Canonical headers are the field names `abm-health template ENTITY` writes; other layouts need --preset or --mapping.</source>
        <translation>CSV または XLSX のエクスポートを1つのトランザクションでワークスペースにインポートします。標準の見出しは `abm-health template ENTITY` が書き出す項目名です。それ以外のレイアウトには --preset または --mapping が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the file holds: %1</source>
        <translation>ファイルの内容：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV or XLSX file</source>
        <translation>CSV または XLSX ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a built-in mapping, e.g. hubspot or salesforce</source>
        <translation>組み込みのマッピング（例：hubspot、salesforce）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping file (TOML)</source>
        <translation>マッピングファイル（TOML）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check everything and report, write nothing</source>
        <translation>すべてを確認して報告し、何も書き込まない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any row is rejected</source>
        <translation>除外される行が1行でもあれば何も書き込まない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write rejected rows here as CSV, with a reason column (a new file; see --force)</source>
        <translation>除外された行を、理由の列を付けて CSV としてここに書き出す（新しいファイル。--force を参照）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>let --rejects replace an existing file (never the workspace or an input)</source>
        <translation>--rejects で既存のファイルを置き換えられるようにする（ワークスペースや入力ファイルは対象外）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file encoding: utf-8, utf-16, cp1252, cp1250 (default: detected)</source>
        <translation>ファイルの文字コード：utf-8、utf-16、cp1252、cp1250（既定：自動検出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field delimiter: , ; tab | (default: sniffed)</source>
        <translation>区切り文字：, ; tab |（既定：自動判別）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 03/04/2025 as 3 April</source>
        <translation>03/04/2025 を4月3日と読む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read 1.234,50 and 1234,5 with a decimal comma</source>
        <translation>1.234,50 や 1234,5 をカンマを小数点として読む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strptime format of the date columns, e.g. %%d.%%m.%%Y</source>
        <translation>日付列の strptime 形式（例：%%d.%%m.%%Y）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX sheet (default: the first)</source>
        <translation>XLSX のシート（既定：最初のシート）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a shared workspace, refuse at once (naming who imports what) instead of waiting while another import runs</source>
        <translation>共有ワークスペースで別のインポートが実行中の場合、待たずにすぐ中止する（誰が何をインポート中かを表示）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 は存在しないか、ファイルではありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the mapping is for %1, not %2</source>
        <translation>このマッピングは %2 用ではなく %1 用です</translation>
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
        <translation>読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>検査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matching</source>
        <translation>照合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing</source>
        <translation>書き込み</translation>
    </message>
</context>
<context>
    <name>ImportFolderCommand</name>
    <message>
        <location filename="../../desktop/commands/import_folder.py" line="+33"/>
        <source>import a whole CRM export folder (Zoho, HubSpot ...) in dependency order</source>
        <translation>CRM のエクスポートフォルダ（Zoho、HubSpot など）全体を依存関係の順にインポートする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every file of an export folder that the preset reads: accounts first, then contacts, campaigns, deals and activities, one batch per file, in one transaction.</source>
        <translation>エクスポートフォルダ内の、プリセットが読み込むすべてのファイルをインポートします：まずアカウント、次にコンタクト、キャンペーン、取引、活動の順に、ファイルごとに1バッチ、全体を1つのトランザクションで行います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export folder</source>
        <translation>エクスポートフォルダ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CRM the export comes from: zoho, hubspot or salesforce</source>
        <translation>エクスポート元の CRM：zoho、hubspot、salesforce のいずれか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping for files the preset doesn&apos;t read (its files = [...] patterns say which); may be repeated, and is tried before the preset</source>
        <translation>プリセットが読み込まないファイル用のマッピング（対象ファイルはマッピングの files = [...] パターンで指定）。複数指定でき、プリセットより先に試されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check every file and report, write nothing</source>
        <translation>すべてのファイルを確認して報告し、何も書き込まない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write nothing if any file fails or any row is rejected</source>
        <translation>失敗するファイルや除外される行が1つでもあれば何も書き込まない</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist or is not a folder</source>
        <translation>%1 は存在しないか、フォルダではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the export&apos;s CRM with --preset NAME (zoho, hubspot, salesforce), or give --mapping FILE.toml</source>
        <translation>エクスポート元の CRM を --preset NAME（zoho、hubspot、salesforce）で指定するか、--mapping FILE.toml を指定してください</translation>
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
        <translation>インポート履歴</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inserted</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo this import…</source>
        <translation>このインポートを取り消す…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No imports yet.</source>
        <translation>インポートはまだありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+16"/>
        <source>Undo import</source>
        <translation>インポートの取り消し</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Undo batch %1 (%2)? It removes the %3 row(s) it added and restores the %4 row(s) it updated.</source>
        <translation>バッチ %1（%2）を取り消しますか？追加した %3 行を削除し、更新した %4 行を元に戻します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing batch %1…</source>
        <translation>バッチ %1 を取り消しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batch %1 undone: %2 row(s) removed, %3 restored.</source>
        <translation>バッチ %1 を取り消しました：%2 行を削除、%3 行を復元。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The undo failed</source>
        <translation>取り消しに失敗しました</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/import_problems.py" line="+144"/>
        <source>%Ln accounts match and nothing stored tells them apart: use the external id</source>
        <translation>
            <numerusform>%Ln 件のアカウントが一致し、保存済みのデータでは区別できません：外部 ID を使ってください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln accounts match; they differ in %1: add a column for it with match = [%2], or use the external id</source>
        <translation>
            <numerusform>%Ln 件のアカウントが一致し、%1 が異なります：その列を match = [%2] で追加するか、外部 ID を使ってください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %Ln %2 value(s) on more than one row (such as %3); rows naming them find nothing there.</source>
        <translation>
            <numerusform>%1 では %2 の値 %Ln 件が複数の行にあります（例：%3）。それらを指す行は何も見つけられません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read day-first for every row: %Ln value(s) such as %2 can only be day-first, so 01-02-2018 is 1 February. Give --day-first (or day_first = true in the mapping) to say so.</source>
        <translation>
            <numerusform>列 %1 はすべての行で日が先の日付として読み込まれます：%2 などの値 %Ln 件は日が先としか読めないため、01-02-2018 は 2 月 1 日です。確定するには --day-first（またはマッピングで day_first = true）を指定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes day-first dates (such as %2) and month-first dates (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>列 %1 には日が先の日付（例：%2）と月が先の日付（例：%3）が混在しています。どちらとも読める値 %Ln 件は除外されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 is read with decimal commas for every row: %Ln value(s) such as %2 can only have a decimal comma, so 1,234 is one and a bit. Give --decimal-comma (or decimal_comma = true in the mapping) to say so.</source>
        <translation>
            <numerusform>列 %1 はすべての行で小数点をカンマとして読み込まれます：%2 などの値 %Ln 件は小数点がカンマとしか読めないため、1,234 は 1 をわずかに超える数です。確定するには --decimal-comma（またはマッピングで decimal_comma = true）を指定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>column %1 mixes decimal commas (such as %2) and decimal points (such as %3); %Ln value(s) that could be either are rejected.</source>
        <translation>
            <numerusform>列 %1 には小数点がカンマの値（例：%2）とピリオドの値（例：%3）が混在しています。どちらとも読める値 %Ln 件は除外されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+16"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All valid rows are written in one transaction.</source>
        <translation>有効な行はすべて1つのトランザクションで書き込まれます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary &gt;</source>
        <translation>概要 &gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was written: %1 row(s) failed and the import is strict.</source>
        <translation>何も書き込まれていません：%1 行が失敗し、厳密モードでインポートしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1 added, %2 updated, %3 rejected.</source>
        <translation>完了：追加 %1 行、更新 %2 行、除外 %3 行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました：何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-141"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many)</source>
        <translation>ティア：1、2、3（または 1:1、1:few、1:many）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number from 0 to 10</source>
        <translation>0～10 の整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no, true/false or 1/0</source>
        <translation>yes/no、true/false、1/0 のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of 0 or more</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of 0 or more</source>
        <translation>0 以上の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount of 0 or more</source>
        <translation>0 以上の金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date and time like 2024-10-27 14:30 (or a --date-format)</source>
        <translation>2024-10-27 14:30 のような日時（または --date-format）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date like 2024-10-27 (or a --date-format)</source>
        <translation>2024-10-27 のような日付（または --date-format）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a currency code like USD</source>
        <translation>USD のような通貨コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date in the format %1</source>
        <translation>%1 形式の日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; this column looks day-first: use --day-first</source>
        <translation>%1。この列は日が先の日付に見えます：--day-first を使ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to %2)</source>
        <translation>%1（マッピングにより %2 に変換されました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the mapping translated it to (blank))</source>
        <translation>%1（マッピングにより空欄に変換されました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of at most %1 characters (check the file&apos;s quoting)</source>
        <translation>%1 文字以内のテキスト（ファイルの引用符を確認してください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number no larger than %1 (this one is a typo or another column)</source>
        <translation>%1 以下の整数（この値は入力ミスか別の列です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount no larger than %1 (this one is a typo or another column)</source>
        <translation>%1 以下の金額（この値は入力ミスか別の列です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number no larger than %1 (this one is a typo or another column)</source>
        <translation>%1 以下の数値（この値は入力ミスか別の列です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount in %1, the workspace currency (convert it, or import into a workspace kept in that currency)</source>
        <translation>ワークスペースの通貨 %1 での金額（換算するか、その通貨のワークスペースにインポートしてください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the workspace currency (convert the amounts, or import into a workspace kept in that currency)</source>
        <translation>ワークスペースの通貨 %1（金額を換算するか、その通貨のワークスペースにインポートしてください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (%1 is required)</source>
        <translation>値（%1 は必須です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value (account is required, or a contact whose account is taken)</source>
        <translation>値（アカウントは必須です。またはアカウントを引き継ぐコンタクト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date on or after %1</source>
        <translation>%1 以降の日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous date: this column holds both day-first dates (%1) and month-first dates (%2), so this one could be either; write it as YYYY-MM-DD</source>
        <translation>曖昧でない日付：この列には日が先の日付（%1）と月が先の日付（%2）の両方があり、この値はどちらとも読めます。YYYY-MM-DD で書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unambiguous number: this column holds both decimal commas (%1) and decimal points (%2), so this one could be either</source>
        <translation>曖昧でない数値：この列には小数点がカンマの値（%1）とピリオドの値（%2）の両方があり、この値はどちらとも読めます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one stored record; several match — add an external_id column</source>
        <translation>保存済みのレコード 1 件（複数が一致しています — external_id 列を追加してください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only</source>
        <translation>各外部 ID は 1 行のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each external id on one row only (this one is on rows %1)</source>
        <translation>各外部 ID は 1 行のみ（この ID は %1 行目にあります）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for</source>
        <translation>前の行がまだ表していないレコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (it is the same stored record as row %1)</source>
        <translation>前の行がまだ表していないレコード（%1 行目と同じ保存済みレコードです）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record no earlier row stands for (same %1 as row %2)</source>
        <translation>前の行がまだ表していないレコード（%2 行目と同じ %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent account that is imported (its own row was rejected)</source>
        <translation>インポートされる親アカウント（親アカウント自身の行が除外されました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account&apos;s external id, name or domain</source>
        <translation>アカウントの外部 ID、名前、またはドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an account matching %1</source>
        <translation>%1 が一致するアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact&apos;s external id, email or name (of this row&apos;s account)</source>
        <translation>コンタクトの外部 ID、メールアドレス、または名前（この行のアカウントのもの）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a campaign&apos;s external id or name</source>
        <translation>キャンペーンの外部 ID または名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no account matches</source>
        <translation>%1：一致するアカウントがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no contact matches</source>
        <translation>%1：一致するコンタクトがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no campaign matches</source>
        <translation>%1：一致するキャンペーンがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several accounts match</source>
        <translation>%1：複数のアカウントが一致します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several contacts match</source>
        <translation>%1：複数のコンタクトが一致します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: several campaigns match</source>
        <translation>%1：複数のキャンペーンが一致します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the external id</source>
        <translation>外部 ID を使ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1; presets: %2.</source>
        <translation>プリセット %1 はありません。プリセット：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a preset (--preset NAME) or mapping files (--mapping FILE.toml) for the folder.</source>
        <translation>フォルダには、プリセット（--preset NAME）またはマッピングファイル（--mapping FILE.toml）を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as %3, or headers matching a mapping&apos;s columns).</source>
        <translation>%1 には %2 が読み込むファイルがありません（%3 のような名前、またはマッピングの列に一致する見出し）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file in %1 is one the %2 files read (names such as none given, or headers matching a mapping&apos;s columns).</source>
        <translation>%1 には %2 が読み込むファイルがありません（名前の指定なし、またはマッピングの列に一致する見出し）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter must be one character in quotes, not %1</source>
        <translation>区切り文字は引用符で囲んだ 1 文字にしてください（%1 ではなく）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the delimiter %1 is not one separating character; use , ; | or tab</source>
        <translation>区切り文字 %1 は区切りの 1 文字ではありません。, ; | または tab を使ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format must be a strptime format in quotes such as &quot;%d.%m.%Y&quot;, not %1</source>
        <translation>日付形式は &quot;%d.%m.%Y&quot; のように引用符で囲んだ strptime 形式にしてください（%1 ではなく）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 has no % directive; e.g. %d.%m.%Y</source>
        <translation>日付形式 %1 には % 指定子がありません。例：%d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date format %1 is not a strptime format (%2); e.g. %d.%m.%Y</source>
        <translation>日付形式 %1 は strptime 形式ではありません（%2）。例：%d.%m.%Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoding must be a name in quotes such as &quot;cp1250&quot;, not %1</source>
        <translation>エンコーディングは &quot;cp1250&quot; のように引用符で囲んだ名前にしてください（%1 ではなく）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250</source>
        <translation>%1 は abm-health が知らないエンコーディングです。utf-8、utf-16、cp1252、cp1250 のいずれかを使ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation>マッピングファイル %1 を読み込めません：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping file %1 is not UTF-8 (byte 0x%2 on line %3); save it as UTF-8.</source>
        <translation>マッピングファイル %1 は UTF-8 ではありません（%3 行目のバイト 0x%2）。UTF-8 で保存してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid TOML: %2.</source>
        <translation>%1 は有効な TOML ではありません：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown key(s) %2; expected %3.</source>
        <translation>%1：不明なキー %2。使えるキー：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: entity = %2; expected one of %3.</source>
        <translation>%1：entity = %2。次のいずれかにしてください：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] is not a field of %3; expected one of %4.</source>
        <translation>%1：[fields.%2] は %3 のフィールドではありません。次のいずれかにしてください：%4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [fields.%2] match is for account references (account, parent) only.</source>
        <translation>%1：[fields.%2] の match はアカウントの参照（account、parent）にのみ使えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; presets for %2: %3.</source>
        <translation>%2用のプリセット %1 はありません。%2用のプリセット：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preset %1 for %2; no presets exist for %2.</source>
        <translation>%2用のプリセット %1 はありません。%2用のプリセットはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contact of this row&apos;s account</source>
        <translation>この行のアカウントのコンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mixes encodings: line %2 is UTF-8 (%3) but line %4 is not (byte 0x%5), so line %6 disagrees with line %7. Save the file again in one encoding (UTF-8) and import that.</source>
        <translation>%1 ではエンコーディングが混在しています：%2 行目は UTF-8（%3）ですが、%4 行目はそうではありません（バイト 0x%5）。そのため %6 行目と %7 行目が食い違います。1 つのエンコーディング（UTF-8）で保存し直してインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 は存在しないか、ファイルではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2; check that you may open it.</source>
        <translation>%1 を読み込めません：%2。開く権限があるか確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 は空です：見出し行とデータ行が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>%1 は古い Excel（.xls）ブックです。.xlsx または CSV で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a header row (%2) but no data rows.</source>
        <translation>%1 には見出し行（%2）がありますが、データ行がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads as UTF-8, but --encoding %2 was given: accented letters may come out garbled.</source>
        <translation>%1 は UTF-8 として読めますが、--encoding %2 が指定されました：アクセント付きの文字が文字化けする可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a well-formed CSV with delimiter %2: %3. Check the quoting, or give --delimiter.</source>
        <translation>%1 は区切り文字 %2 の正しい CSV ではありません：%3。引用符を確認するか、--delimiter を指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250.</source>
        <translation>%1 は abm-health が知らないエンコーディングです。utf-8、utf-16、cp1252、cp1250 のいずれかを使ってください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid %2: byte 0x%3 on line %4 cannot be read. The file looks like %5; try --encoding %5.</source>
        <translation>%1 は有効な %2 ではありません：%4 行目のバイト 0x%3 を読み込めません。このファイルは %5 のようです。--encoding %5 を試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains NUL bytes when read as %2; it looks like UTF-16: try --encoding utf-16.</source>
        <translation>%1 を %2 として読むと NUL バイトが含まれます。UTF-16 のようです：--encoding utf-16 を試してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a readable XLSX workbook: %2.</source>
        <translation>%1 は読み込める XLSX ブックではありません：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no sheet %2; its sheets are: %3.</source>
        <translation>%1 にシート %2 はありません。シート：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 does not exist.</source>
        <translation>参照ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in the current folder; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>参照ファイル %1 が現在のフォルダにありません。マッピングの [lookups] テーブルでパスを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 is not in %2; give its path in the mapping&apos;s [lookups] table.</source>
        <translation>参照ファイル %1 が %2 にありません。マッピングの [lookups] テーブルでパスを指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lookup file %1 has no column %2; its columns are %3.</source>
        <translation>参照ファイル %1 に列 %2 がありません。列：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[lookups.%1] joins on the column %2, which the imported file does not have; name it with column = &quot;...&quot;.</source>
        <translation>[lookups.%1] は列 %2 で結合しますが、インポートするファイルにその列がありません。column = &quot;...&quot; で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has two columns for the same field: column %2 (%3) and column %4 (%5). Rename or delete one, or name the one to use in a mapping (--mapping).</source>
        <translation>%1 には同じフィールドの列が 2 つあります：%2 列目（%3）と %4 列目（%5）。どちらかの名前を変えるか削除するか、使う列をマッピング（--mapping）で指定してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses the file while any row fails</source>
        <translation>いずれかの行にエラーがある間、--strict はファイルを受け付けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--strict refuses a column whose day/month order or decimal separator had to be judged; state it with --day-first or --decimal-comma (or in the mapping)</source>
        <translation>--strict は、日と月の順序または小数点の記号を推定する必要があった列を受け付けません。--day-first または --decimal-comma（またはマッピング）で指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: it appeared while importing.</source>
        <translation>除外行ファイル %1 は書き込まれませんでした：インポート中に作成されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rejects file %1 was not written: %2.</source>
        <translation>除外行ファイル %1 は書き込まれませんでした：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>インポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another session wrote the same records while this import ran, so nothing was written; run the import again (it will update what the other one inserted).</source>
        <translation>このインポートの実行中に別のセッションが同じレコードを書き込んだため、何も書き込まれていません。もう一度インポートしてください（別のセッションが追加したものを更新します）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the account&apos;s external id, name or domain</source>
        <translation>アカウントの外部 ID、名前、またはドメイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contact&apos;s external id, email or name</source>
        <translation>コンタクトの外部 ID、メールアドレス、または名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact&apos;s external id, email or name: the row takes its account when it names none (not stored)</source>
        <translation>コンタクトの外部 ID、メールアドレス、または名前：行にアカウントがない場合はそのアカウントを引き継ぎます（コンタクト自体は保存されません）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign&apos;s external id or name</source>
        <translation>キャンペーンの外部 ID または名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parent account (external id, name or domain)</source>
        <translation>親アカウント（外部 ID、名前、またはドメイン）</translation>
    </message>
</context>
<context>
    <name>ImportStages</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+40"/>
        <source>Reading the file</source>
        <translation>ファイルを読み込んでいます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every cell</source>
        <translation>すべてのセルをチェックしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching references and existing records</source>
        <translation>参照先と既存レコードを照合しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>書き込んでいます</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/import_wizard/history.py" line="-131"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undone</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/shared/wording/import_problems.py" line="-59"/>
        <source>accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nps</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nps_responses</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location filename="../../desktop/shared/wording/import_summary.py" line="+28"/>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipe</source>
        <translation>縦線</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: %1</source>
        <translation>注記：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored column(s): %1.</source>
        <translation>無視した列：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would insert %1, would update %2, unchanged %3, rejected %4.</source>
        <translation>追加予定 %1、更新予定 %2、変更なし %3、除外 %4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation>追加 %1、更新 %2、変更なし %3、除外 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) named a contact but no account and took the contact&apos;s account.</source>
        <translation>
            <numerusform>%Ln 行はアカウントがなくコンタクトを指定していたため、そのコンタクトのアカウントを引き継ぎました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: %1.</source>
        <translation>何も書き込まれていません：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Dry run: nothing was written.</source>
        <translation>ドライラン：何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Recorded as batch %1 (`abm-health undo %1` reverts it).</source>
        <translation>バッチ %1 として記録しました（`abm-health undo %1` で元に戻せます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows written to %1 (with a reason column).</source>
        <translation>除外行を %1 に書き出しました（理由の列付き）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>encoding %1</source>
        <translation>エンコーディング %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delimiter %1</source>
        <translation>区切り文字 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sheet %1</source>
        <translation>シート %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read %Ln %1 row(s) from %2 (%3).</source>
        <translation>
            <numerusform>%2 から %1 の行を %Ln 行読み込みました（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %Ln %1 row(s) from %2.</source>
        <translation>
            <numerusform>%2 から %1 の行を %Ln 行読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 problem(s) on %2 row(s):</source>
        <translation>問題 %1 件（%2 行）：</translation>
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
            <numerusform>最初の %n 件の問題：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 (record %2), column %3, value %4: expected %5</source>
        <translation>%1 行目（レコード %2）、列 %3、値 %4：期待される値は %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column %2, value %3: expected %4</source>
        <translation>%1 行目、列 %2、値 %3：期待される値は %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>... and %Ln more (see the rejects file).</source>
        <translation>
            <numerusform>... ほかに %Ln 件（除外行ファイルを参照）。</numerusform>
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
        <translation>インポートされませんでした：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read (no %1 preset names them): %2.</source>
        <translation>読み込まれませんでした（%1 プリセットが対象としていないファイル）：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder %1: %2 file(s) read, %3 failed; inserted %4, updated %5, rejected %6.</source>
        <translation>フォルダ %1：読み込んだファイル %2 件、失敗 %3 件。追加 %4、更新 %5、除外 %6。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder %1: %2 file(s) read, %3 failed; would insert %4, updated %5, rejected %6.</source>
        <translation>フォルダ %1：読み込んだファイル %2 件、失敗 %3 件。追加予定 %4、更新 %5、除外 %6。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln activity row(s) took their account from their contact.</source>
        <translation>
            <numerusform>%Ln 行のアクティビティがコンタクトからアカウントを引き継ぎました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was written: --strict refuses the folder while any file fails or any row is rejected.</source>
        <translation>何も書き込まれていません：いずれかのファイルが失敗するか、いずれかの行が除外される間、--strict はフォルダを受け付けません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as batch(es) %1 (undo them last first with `abm-health undo BATCH`).</source>
        <translation>バッチ %1 として記録しました（`abm-health undo BATCH` で新しい順に取り消せます）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(blank)</source>
        <translation>（空欄）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/import_wizard/wizard.py" line="+52"/>
        <location line="+31"/>
        <source>Import a CRM export</source>
        <translation>CRM のエクスポートファイルをインポート</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+191"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop: %1</source>
        <translation>停止：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 did not finish</source>
        <translation>「%1」が完了しませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cancelled</source>
        <translation>%1：キャンセルしました</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/dashboard/tile.py" line="+27"/>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
</context>
<context>
    <name>KpisCommand</name>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+82"/>
        <source>--from %1 is after --to %2; the period must not be empty</source>
        <translation>--from %1 が --to %2 より後です。期間を空にはできません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1</source>
        <translation>担当者 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region %1</source>
        <translation>地域 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tier %1</source>
        <translation>ティア %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>print every KPI for a period, with the previous period and the change</source>
        <translation>期間のすべての KPI を、前期の値と変化とともに表示する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every metric of the catalog for a period [from, to] and the period of equal length before it. Vanity and caution metrics are shown apart, with the metric to steer by instead.</source>
        <translation>期間 [from, to] と、その直前の同じ長さの期間について、カタログのすべての指標を表示します。バニティ指標と注意指標は分けて、代わりに使う指標とともに表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first day (default: %1 days before --to)</source>
        <translation>初日（既定：--to の %1 日前）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last day, included (default: the workspace&apos;s data date)</source>
        <translation>最終日（当日を含む。既定：ワークスペースのデータ基準日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts with this owner</source>
        <translation>この担当者のアカウントのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>このティアのアカウントのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts in this region</source>
        <translation>この地域のアカウントのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one account: id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>1つのアカウント：id:N（ワークスペースの ID）、ext:ID（CRM の ID）、ドメインまたは名前</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/all_accounts.py" line="+18"/>
        <source>also count the accounts not on the target list (default: the portfolio, i.e. the target accounts)</source>
        <translation>ターゲットリストにないアカウントも含める（既定：ポートフォリオ、つまりターゲットアカウントのみ）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/kpis.py" line="+10"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01</source>
        <translation>%1 は日付ではありません。YYYY-MM-DD 形式で書いてください（例: 2026-10-01）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no account has owner %1; known: %2</source>
        <translation>担当者が %1 のアカウントはありません。既知の値：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no account has region %1; known: %2</source>
        <translation>地域が %1 のアカウントはありません。既知の値：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no account matches %1</source>
        <translation>%1 に一致するアカウントはありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target account matches %1</source>
        <translation>%1 に一致するターゲットアカウントはありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>account %1 (id %2)</source>
        <translation>アカウント %1（ID %2）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>caution: small sample</source>
        <translation>注意：サンプルが少数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use %1 (%2) instead</source>
        <translation>代わりに %1（%2）を使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[vanity] %1</source>
        <translation>[バニティ] %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[caution] %1</source>
        <translation>[注意] %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>前期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs for %1, %2 (previous: %3)</source>
        <translation>%1、%2 の KPI（前期：%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of %1</source>
        <translation>データ基準日 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>判断に使わない指標とその理由</translation>
    </message>
</context>
<context>
    <name>LikelihoodWords</name>
    <message numerus="yes">
        <location filename="../../desktop/shared/wording/likelihood.py" line="+26"/>
        <source>not enough history: %n customer observations, %1 needed</source>
        <translation>
            <numerusform>履歴が不足：顧客の観測 %n 件（%1 件必要）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: %n prospect observations, %1 needed</source>
        <translation>
            <numerusform>履歴が不足：見込み客の観測 %n 件（%1 件必要）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: no churn outcomes among %n</source>
        <translation>
            <numerusform>履歴が不足：%n 件の観測に解約が1件もない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: no opportunity outcomes among %n</source>
        <translation>
            <numerusform>履歴が不足：%n 件の観測に商談の作成が1件もない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>not enough history: only churn outcomes among %n</source>
        <translation>
            <numerusform>履歴が不足：%n 件の観測がすべて解約</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>not enough history: only opportunity outcomes among %n</source>
        <translation>
            <numerusform>履歴が不足：%n 件の観測がすべて商談の作成</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>churn within %1 days, calibrated on %2 observations</source>
        <translation>%1 日以内の解約、%2 件の観測で較正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity within %1 days, calibrated on %2 observations</source>
        <translation>%1 日以内の商談、%2 件の観測で較正</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>churn within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>%1 日以内の解約。このワークスペースの月末時点の観測 %2 件で較正</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opportunity within %1 days, calibrated on %2 month-end observations of this workspace</source>
        <translation>%1 日以内の商談。このワークスペースの月末時点の観測 %2 件で較正</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity created</source>
        <translation>商談の作成</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <location filename="../../desktop/shared/wording/locks.py" line="+17"/>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history write</source>
        <translation>ヘルス履歴の書き込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health-history recompute</source>
        <translation>ヘルス履歴の再計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another session is running an %1</source>
        <translation>別のセッションが%1を実行中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 (since %3)</source>
        <translation>%1：%2（%3 から）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running an %1</source>
        <translation>%1を実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>importing %1 from %2</source>
        <translation>%2 から%1をインポート中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recomputing the health history</source>
        <translation>ヘルス履歴を再計算中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filling in the weekly health history</source>
        <translation>週次のヘルス履歴を作成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a health model version</source>
        <translation>ヘルスモデルのバージョンを保存中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing health history</source>
        <translation>ヘルス履歴を書き込み中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; try again when it has finished.</source>
        <translation>ワークスペースは使用中です：%1。終了してからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy: %1; gave up after waiting %2 s. Try again when it has finished.</source>
        <translation>ワークスペースは使用中です：%1。%2 秒待ったため中止しました。終了してからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: %1.</source>
        <translation>待機中：%1。</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/lookups.py" line="+39"/>
        <source>Look up in %1</source>
        <translation>%1 を参照</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name (columns read as NAME.Column)</source>
        <translation>名前（列は NAME.Column として読み込み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its column identifying a row</source>
        <translation>行を識別する列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imported file&apos;s column holding it</source>
        <translation>インポートするファイル側の対応列</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+200"/>
        <location line="+106"/>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Import history</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workspace…</source>
        <translation>新規ワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったワークスペース(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;history</source>
        <translation>インポート履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account</source>
        <translation>アカウントを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to portfolio</source>
        <translation>ポートフォリオに戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toggle light/dark</source>
        <translation>ライト／ダークの切り替え</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About abm-health</source>
        <translation>abm-health について(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No other recent workspaces</source>
        <translation>他に最近使ったワークスペースはありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear list</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Creating the demo portfolio…</source>
        <translation>デモ用ポートフォリオを作成しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New workspace at %1: filled with a demo portfolio to explore.</source>
        <translation>%1 に新しいワークスペースを作成しました：操作を試せるデモ用ポートフォリオが入っています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo portfolio is loaded into %1.</source>
        <translation>デモ用ポートフォリオを %1 に読み込みました。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 already exists; choose File &gt; Open workspace to open it, or another name for a new workspace.</source>
        <translation>%1 はすでに存在します。開くには［ファイル］&gt;［ワークスペースを開く］を選ぶか、新しいワークスペースには別の名前を付けてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening %1 failed</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>abm-health — %1</source>
        <translation>abm-health — %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 target accounts · data as of %2</source>
        <translation>ターゲットアカウント %1 件 · データ基準日 %2</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Creating a demo portfolio</source>
        <translation>デモ用ポートフォリオを作成しています</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>The workspace was changed by someone else; reloaded.</source>
        <translation>ワークスペースが他のユーザーによって変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>Open workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite *.sqlite3 *.db *.abm);;All files (*)</source>
        <translation>abm-health ワークスペース (*.sqlite *.sqlite3 *.db *.abm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workspace</source>
        <translation>新規ワークスペース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abm-health workspaces (*.sqlite)</source>
        <translation>abm-health ワークスペース (*.sqlite)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opening the workspace</source>
        <translation>ワークスペースを開いています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The workspace was changed by another program; reloaded.</source>
        <translation>ワークスペースが別のプログラムによって変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This workspace has no target accounts yet. Import accounts with File &gt; Import… (Ctrl+I) or drop a CSV or XLSX file on this window.</source>
        <translation>このワークスペースにはまだターゲットアカウントがありません。［ファイル］&gt;［インポート…］（Ctrl+I）でアカウントをインポートするか、CSV または XLSX ファイルをこのウィンドウにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Health history: %Ln weekly snapshots added.</source>
        <translation>
            <numerusform>ヘルス履歴：週次スナップショットを %Ln 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing the weekly health history</source>
        <translation>週次のヘルス履歴を計算しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Loading the workspace failed</source>
        <translation>ワークスペースを読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>MappingFiles</name>
    <message>
        <location filename="../../desktop/shared/wording/mapping_files.py" line="+21"/>
        <source>%1 = %2 must be text in quotes</source>
        <translation>%1 = %2 は引用符で囲んだテキストにしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 must be true or false</source>
        <translation>%1 = %2 は true か false にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields must be a table ([fields])</source>
        <translation>fields はテーブル（[fields]）にしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[fields.%1] %2</source>
        <translation>[fields.%1] %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value = %1 must be one text, number or true/false</source>
        <translation>value = %1 は 1 つのテキスト、数値、または true/false にしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns = %1 must be a list of column names</source>
        <translation>columns = %1 は列名のリストにしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values = %1 must be a table such as { &quot;Closed Won&quot; = &quot;won&quot; }</source>
        <translation>values = %1 は { &quot;Closed Won&quot; = &quot;won&quot; } のようなテーブルにしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale = %1 must be a number greater than 0, e.g. 1000000</source>
        <translation>scale = %1 は 0 より大きい数値にしてください（例：1000000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if field = %1 must be a field name in quotes</source>
        <translation>only_if field = %1 は引用符で囲んだフィールド名にしてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only_if in = %1 must be a list such as [&quot;won&quot;, &quot;lost&quot;]</source>
        <translation>only_if in = %1 は [&quot;won&quot;, &quot;lost&quot;] のようなリストにしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rule %2</source>
        <translation>%1：ルール %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when takes { column = &quot;...&quot;, above = 0 } (or below, at_least, at_most, equals, in, blank).</source>
        <translation>%1：when には { column = &quot;...&quot;, above = 0 }（または below、at_least、at_most、equals、in、blank）を指定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when needs a column and exactly one of %2.</source>
        <translation>%1：when には列と、%2 のうちちょうど 1 つが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: when %2 takes a number, not %3.</source>
        <translation>%1：when %2 には数値を指定します（%3 ではなく）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when blank takes true or false.</source>
        <translation>%1：when blank には true か false を指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: when in takes a list of values.</source>
        <translation>%1：when in には値のリストを指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: rules takes a list of { contains = &quot;...&quot;, value = &quot;...&quot; }.</source>
        <translation>%1：rules には { contains = &quot;...&quot;, value = &quot;...&quot; } のリストを指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table such as { contains = &quot;demo&quot;, value = &quot;demo&quot; }.</source>
        <translation>%1 は { contains = &quot;demo&quot;, value = &quot;demo&quot; } のようなテーブルにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a value.</source>
        <translation>%1 には value が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a test: exact, contains, regex or when.</source>
        <translation>%1 には条件（exact、contains、regex、when のいずれか）が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: regex %2 is not a regular expression (%3).</source>
        <translation>%1：regex %2 は正しい正規表現ではありません（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a column name or a table.</source>
        <translation>%1 は列名かテーブルにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs exactly one of column, columns, template or value.</source>
        <translation>%1 には column、columns、template、value のうちちょうど 1 つが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: only_if takes a column name or { field = ..., in = [...] }.</source>
        <translation>%1：only_if には列名か { field = ..., in = [...] } を指定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match takes account fields among %2; got %3.</source>
        <translation>%1：match には %2 のうちアカウントのフィールドを指定します。指定された値：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: match takes account fields among %2; got none.</source>
        <translation>%1：match には %2 のうちアカウントのフィールドを指定します。何も指定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: match = [%2] needs as many columns, in the same order (columns = [...]); got %3.</source>
        <translation>%1：match = [%2] には同じ数の列を同じ順序で指定してください（columns = [...]）。指定された列数：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: [lookups] must hold tables such as [lookups.lead].</source>
        <translation>%1：[lookups] には [lookups.lead] のようなテーブルを入れてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be a table with file and key.</source>
        <translation>%1 は file と key を持つテーブルにしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs file and key (text).</source>
        <translation>%1 には file と key（テキスト）が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 (text).</source>
        <translation>%1 には %2（テキスト）が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="+112"/>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields marked * are required. Suggestions come from the headers or from the preset you chose.</source>
        <translation>* の付いた項目は必須です。候補は見出しまたは選択したプリセットから提示されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save mapping…</source>
        <translation>マッピングを保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look up another file…</source>
        <translation>別のファイルを参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take columns from another file of the same export through an id, e.g. a lead&apos;s company for a deal naming its lead</source>
        <translation>同じエクスポートの別ファイルから ID を介して列を取り込みます（例：リードを参照する取引に、そのリードの会社を取り込む）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>from the mapping</source>
        <translation>マッピングから</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggested</source>
        <translation>候補</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not imported)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(mapping) %1</source>
        <translation>（マッピング）%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Field id in mapping files: %1</source>
        <translation>マッピングファイルでの項目 ID：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 value(s) to translate: %2</source>
        <translation>変換が必要な値 %1 件：%2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Still needed: %1</source>
        <translation>未設定の必須項目：%1</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Values…</source>
        <translation>値…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Another file of the export</source>
        <translation>同じエクスポートの別ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>エクスポートファイル (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save the mapping</source>
        <translation>マッピングを保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappings (*.toml)</source>
        <translation>マッピング (*.toml)</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <location filename="../../desktop/reports/meeting_pack.py" line="+49"/>
        <source>Meeting pack</source>
        <translation>会議資料</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, compared with %2 · Data as of %3</source>
        <translation>%1（比較対象：%2）· データ基準日 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPIs to steer by</source>
        <translation>判断に使う KPI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 KPIs had no data in either period.</source>
        <translation>%1 件の KPI はどちらの期間にもデータがありませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts at risk</source>
        <translation>リスクありのアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is at risk.</source>
        <translation>リスクありのアカウントはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biggest movers in four weeks</source>
        <translation>4週間で大きく変動したアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score history yet to compare with.</source>
        <translation>比較できるスコア履歴はまだありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health: scores as of %1, model version %2.</source>
        <translation>健全性：%1 時点のスコア、モデルバージョン %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: scores as of %1.</source>
        <translation>健全性：%1 時点のスコア。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health: not scored, model version %1.</source>
        <translation>健全性：未スコアリング、モデルバージョン %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health: not scored.</source>
        <translation>健全性：未スコアリング。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs for %1 against %2; rates compare in percentage points. n is the sample size where one applies.</source>
        <translation>%1 の KPI を %2 と比較しています。率はパーセントポイントで比較します。n は該当する場合のサンプル数です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>abm-health · data as of %1</source>
        <translation>abm-health · データ基準日 %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 weeks</source>
        <translation>4週間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main driver</source>
        <translation>主な要因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engaged community per month (contacts)</source>
        <translation>月ごとのエンゲージしたコミュニティ（コンタクト数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Journey funnel: accounts that had reached each stage by the period&apos;s end</source>
        <translation>ジャーニーファネル：期間末までに各ステージに到達したアカウント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 onward</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CTA conversion along the journey</source>
        <translation>ジャーニーに沿った CTA コンバージョン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NPS responses by score (NPS %1, n = %2)</source>
        <translation>スコア別の NPS 回答数（NPS %1、n = %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers per health band, weekly</source>
        <translation>健全性区分別の顧客数（週次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospects per intent band, weekly</source>
        <translation>購買意欲区分別の見込み客数（週次）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MQLs by campaign, with cost per MQL</source>
        <translation>キャンペーン別の MQL と MQL あたりコスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 MQLs · %2</source>
        <translation>MQL %1 件 · %2</translation>
    </message>
</context>
<context>
    <name>MovedTab</name>
    <message>
        <location filename="../../desktop/account/moved.py" line="+26"/>
        <location line="+37"/>
        <source>Working out what moved the score…</source>
        <translation>スコアの変動要因を算出しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to compare from %1 to %2: %3.</source>
        <translation>%1 から %2 までに比較できるものがありません：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>model version %1</source>
        <translation>モデルバージョン %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model versions %1 and %2</source>
        <translation>モデルバージョン %1 と %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 the score went from %3 (%4) to %5 (%6): %7 points (%8). The cells add up to the change.</source>
        <translation>%1 から %2 にかけて、スコアは %3（%4）から %5（%6）になりました：%7 点（%8）。各セルの合計が変化量になります。</translation>
    </message>
</context>
<context>
    <name>MovementWords</name>
    <message>
        <location filename="../../desktop/shared/wording/movement.py" line="+43"/>
        <source>new activity</source>
        <translation>新しい活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing</source>
        <translation>時間の経過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model change</source>
        <translation>モデルの変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed and older touches left the window</source>
        <translation>エンゲージメントが減衰し、古いタッチが期間外になった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts&apos; touches left the window</source>
        <translation>コンタクトのタッチが期間外になった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent engagement and actions aged</source>
        <translation>最近のエンゲージメントとアクションが古くなった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deals and wins aged</source>
        <translation>取引と成約が古くなった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the renewal came nearer</source>
        <translation>更新日が近づいた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses and questions aged</source>
        <translation>回答と質問が古くなった</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>email open</source>
        <translation>メール開封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email click</source>
        <translation>メールクリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content view</source>
        <translation>コンテンツ閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content download</source>
        <translation>コンテンツダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web visit</source>
        <translation>Web 訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page view</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form view</source>
        <translation>フォーム表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form fill</source>
        <translation>フォーム入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ad click</source>
        <translation>広告クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social engagement</source>
        <translation>ソーシャルエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar registration</source>
        <translation>ウェビナー登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webinar attended</source>
        <translation>ウェビナー参加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo booked on %1</source>
        <translation>%1 にデモを予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call booked on %1</source>
        <translation>%1 に電話を予約</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo held on %1</source>
        <translation>%1 にデモを実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call held on %1</source>
        <translation>%1 に電話を実施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting booked on %1</source>
        <translation>%1 にミーティングを予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting held on %1</source>
        <translation>%1 にミーティングを実施</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n email opens</source>
        <translation>
            <numerusform>メール開封 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n email clicks</source>
        <translation>
            <numerusform>メールクリック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content views</source>
        <translation>
            <numerusform>コンテンツ閲覧 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n content downloads</source>
        <translation>
            <numerusform>コンテンツダウンロード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n web visits</source>
        <translation>
            <numerusform>Web 訪問 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page views</source>
        <translation>
            <numerusform>ページビュー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form views</source>
        <translation>
            <numerusform>フォーム表示 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n form fills</source>
        <translation>
            <numerusform>フォーム入力 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA views</source>
        <translation>
            <numerusform>CTA 表示 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n CTA clicks</source>
        <translation>
            <numerusform>CTA クリック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ad clicks</source>
        <translation>
            <numerusform>広告クリック %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n social engagements</source>
        <translation>
            <numerusform>ソーシャルエンゲージメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinar registrations</source>
        <translation>
            <numerusform>ウェビナー登録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n webinars attended</source>
        <translation>
            <numerusform>ウェビナー参加 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n touches of kind &apos;%1&apos;</source>
        <translation>
            <numerusform>種類「%1」のタッチ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n question asked, latest on %1</source>
        <translation>
            <numerusform>質問 %n 件、最新は %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions asked, latest on %1</source>
        <translation>
            <numerusform>質問 %n 件、最新は %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the renewal came nearer (%n days left)</source>
        <translation>
            <numerusform>更新日が近づいた（残り %n 日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>touch of kind &apos;%1&apos;</source>
        <translation>種類「%1」のタッチ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3)</source>
        <translation>%2 に%1（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%2 に%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, latest on %2 (%3)</source>
        <translation>%1、最新は %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, latest on %2</source>
        <translation>%1、最新は %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opportunity &apos;%1&apos; created on %2</source>
        <translation>%2 に商談「%1」を作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; won on %2</source>
        <translation>%2 に商談「%1」を成約</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opportunity &apos;%1&apos; lost on %2</source>
        <translation>%2 に商談「%1」を失注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; started on %2</source>
        <translation>%2 にサブスクリプション「%1」を開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; churned on %2</source>
        <translation>%2 にサブスクリプション「%1」を解約</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subscription &apos;%1&apos; ended on %2</source>
        <translation>%2 にサブスクリプション「%1」が終了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS %1 (promoter) on %2</source>
        <translation>%2 に NPS %1（推奨者）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1 (detractor) on %2</source>
        <translation>%2 に NPS %1（批判者）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 (passive) on %2</source>
        <translation>%2 に NPS %1（中立者）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>engagement decayed from %1 to %2 points without new touches, the tier&apos;s reference moved from %3 to %4</source>
        <translation>新しいタッチがなく、エンゲージメントが %1 ポイントから %2 ポイントに減衰。ティアの基準値は %3 から %4 に変化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>engagement decayed from %1 to %2 points without new touches</source>
        <translation>新しいタッチがなく、エンゲージメントが %1 ポイントから %2 ポイントに減衰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the win of %1 aged out of the window</source>
        <translation>%1 の成約が期間外になった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open deals aged against the tier&apos;s median</source>
        <translation>オープンな取引がティアの中央値に対して古くなった</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>no score on %1</source>
        <translation>%1 のスコアがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scored in between</source>
        <translation>その間にスコアリングされていない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score to compare</source>
        <translation>比較するスコアがない</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new activity %1: no new activity</source>
        <translation>新しい活動 %1：新しい活動なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new activity %1: %2</source>
        <translation>新しい活動 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model change %1: same model</source>
        <translation>モデルの変更 %1：同じモデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: model version %2 to %3</source>
        <translation>モデルの変更 %1：モデルバージョン %2 から %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model change %1: other weights or thresholds</source>
        <translation>モデルの変更 %1：重みまたはしきい値の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time passing %1</source>
        <translation>時間の経過 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time passing %1: %2</source>
        <translation>時間の経過 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: nothing moved</source>
        <translation>%1：変動なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mostly %2</source>
        <translation>%1、主に%2</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/account/notes.py" line="+148"/>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note</source>
        <translation>新しいメモ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, or what to do next…</source>
        <translation>起きたこと、または次にやること…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action, due on</source>
        <translation>次のアクションの期限</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location line="-106"/>
        <source>Reloading the notes</source>
        <translation>メモを再読み込みしています</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The note could not be saved: %1</source>
        <translation>メモを保存できませんでした：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo add note</source>
        <translation>メモの追加を元に戻す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo edit note</source>
        <translation>メモの編集を元に戻す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complete action</source>
        <translation>アクションを完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo complete action</source>
        <translation>アクションの完了を元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen action</source>
        <translation>アクションを再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo reopen action</source>
        <translation>アクションの再開を元に戻す</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo delete note</source>
        <translation>メモの削除を元に戻す</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="+55"/>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add next action</source>
        <translation>次のアクションを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>直前の変更を元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, %2</source>
        <comment>notes, open actions</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln notes</source>
        <translation>
            <numerusform>メモ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open actions</source>
        <translation>
            <numerusform>未完了のアクション %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>OutputWords</name>
    <message>
        <location filename="../../desktop/shared/wording/safe_paths.py" line="+18"/>
        <source>%1 %2 is %3 (%4); choose another file name</source>
        <translation>%1 %2 は%3です（%4）。別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is a folder; give a file name inside it</source>
        <translation>%1 %2 はフォルダです。その中のファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: the folder %3 does not exist; create it first</source>
        <translation>%1 %2：フォルダ %3 は存在しません。先に作成してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 already exists; choose another name, or add --force to replace it</source>
        <translation>%1 %2 はすでに存在します。別の名前を選ぶか、--force を付けて置き換えてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a regular file; choose another name</source>
        <translation>%1 %2 は通常のファイルではありません。別の名前を選んでください</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../desktop/dashboard/period_picker.py" line="+73"/>
        <source>Q%1 %2</source>
        <translation>%2年 第%1四半期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <comment>from day – to day</comment>
        <translation>%1～%2</translation>
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
        <translation>四半期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <comment>a date range: first day, last day</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>compared with %1</source>
        <translation>比較対象：%1</translation>
    </message>
</context>
<context>
    <name>PeriodWords</name>
    <message>
        <location filename="../../desktop/shared/wording/periods.py" line="+20"/>
        <source>a period must end after it starts: got start %1 and end %2; choose an end date later than the start date</source>
        <translation>期間は開始より後に終わる必要があります（開始 %1、終了 %2）。開始日より後の終了日を選んでください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quarter must be 1, 2, 3 or 4, not %1</source>
        <translation>四半期は 1、2、3、4 のいずれかにしてください（%1 は不可）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../desktop/portfolio/model.py" line="+46"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days</source>
        <translation>90日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最終スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>オープンなパイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood within 90 days, calibrated on this workspace&apos;s month-end history: of churn for a customer, of an opportunity for a prospect</source>
        <translation>90日以内の確率。このワークスペースの月末履歴で較正しています：顧客は解約の確率、見込み客は商談の確率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score change over the last 4 weeks (arrow: up, down or flat)</source>
        <translation>直近4週間のヘルススコアの変化（矢印：上昇・下降・横ばい）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly health score over the model&apos;s sparkline window</source>
        <translation>モデルのスパークライン期間における週次ヘルススコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS (latest response per contact) and the number of responses</source>
        <translation>アカウント NPS（コンタクトごとの最新回答）と回答数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time anyone at the account engaged</source>
        <translation>アカウントの誰かが最後にエンゲージした日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunity amount</source>
        <translation>オープンな商談の金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next renewal of an active subscription</source>
        <translation>有効なサブスクリプションの次回更新日</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>churn %1</source>
        <comment>likelihood of churn</comment>
        <translation>解約 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opp. %1</source>
        <comment>likelihood of an opportunity</comment>
        <translation>商談 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+194"/>
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln 週</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No NPS responses in the window</source>
        <translation>期間内に NPS の回答はありません</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Caution: small sample (%Ln responses)</source>
        <translation>
            <numerusform>注意：サンプルが少数（回答 %Ln 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln responses</source>
        <translation>
            <numerusform>回答 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored yet</source>
        <translation>まだスコアがありません</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../desktop/portfolio/page.py" line="+87"/>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+58"/>
        <source>Loading the portfolio…</source>
        <translation>ポートフォリオを読み込んでいます…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As it stood on %1 (the data goes on to %2)</source>
        <translation>%1 時点の状態（データは %2 まであります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of %1</source>
        <translation>データ基準日 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · health model v%1</source>
        <translation> · ヘルスモデル v%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Filter kept until you close the window: %1</source>
        <translation>ウィンドウを閉じるまで保持されるフィルター：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the filter</source>
        <translation>フィルターを保存しています</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../desktop/dashboard/sections.py" line="+109"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 件中 %2 件目）</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../desktop/dashboard/presentation.py" line="+50"/>
        <location line="+39"/>
        <source>abm-health — presentation</source>
        <translation>abm-health — プレゼンテーション</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>← →  sections      Esc  leave</source>
        <translation>← →  セクション      Esc  終了</translation>
    </message>
</context>
<context>
    <name>PresetTitles</name>
    <message>
        <location filename="../../desktop/import_wizard/preset_titles.py" line="+16"/>
        <source>HubSpot calls export</source>
        <translation>HubSpot の電話エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot companies export</source>
        <translation>HubSpot の会社エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot contacts export</source>
        <translation>HubSpot のコンタクトエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot deals export</source>
        <translation>HubSpot の取引エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot meetings export</source>
        <translation>HubSpot のミーティングエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce accounts report</source>
        <translation>Salesforce のアカウントレポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce campaigns report</source>
        <translation>Salesforce のキャンペーンレポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce contacts report</source>
        <translation>Salesforce のコンタクトレポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce opportunities report</source>
        <translation>Salesforce の商談レポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM accounts export</source>
        <translation>Zoho CRM のアカウントエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM calls export</source>
        <translation>Zoho CRM の電話エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM campaigns export</source>
        <translation>Zoho CRM のキャンペーンエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM contacts export</source>
        <translation>Zoho CRM のコンタクトエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM deals export</source>
        <translation>Zoho CRM の取引エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM events export</source>
        <translation>Zoho CRM のイベントエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM leads export</source>
        <translation>Zoho CRM のリードエクスポート</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/import_wizard/pages.py" line="-305"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>encoding %1</source>
        <translation>文字コード %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delimiter %1</source>
        <translation>区切り文字 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet %1</source>
        <translation>シート %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Showing the first %2 rows; row numbers are the file&apos;s.</source>
        <translation>%1。最初の %2 行を表示しています。行番号はファイル上の番号です。</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../../desktop/shared/wording/progress.py" line="+22"/>
        <source>Computing the KPIs</source>
        <translation>KPI を計算しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey funnel</source>
        <translation>ジャーニーファネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account health</source>
        <translation>アカウントの健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly trends</source>
        <translation>月次の推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing account activity</source>
        <translation>アカウントの活動を準備しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scoring as of %1</source>
        <translation>%1 時点でスコアリングしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the %1 sheet</source>
        <translation>%1 シートを書き出しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1</source>
        <translation>%1 を書き込んでいます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n files to %1</source>
        <translation>
            <numerusform>%1 にファイルを %n 個書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectedPaths</name>
    <message>
        <location filename="../../desktop/shared/wording/protected.py" line="+14"/>
        <source>the workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of the workspace</source>
        <translation>ワークスペースのファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an input of this command</source>
        <translation>このコマンドの入力ファイル</translation>
    </message>
</context>
<context>
    <name>ReadyPortfolio</name>
    <message>
        <location filename="../../desktop/commands/ready_portfolio.py" line="+42"/>
        <source>Prepared the portfolio for the window in %1 s.</source>
        <translation>ウィンドウ用のポートフォリオを %1 秒で準備しました。</translation>
    </message>
</context>
<context>
    <name>ReliabilityModel</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="+62"/>
        <source>Customers: churn</source>
        <translation>顧客：解約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospects: opportunity</source>
        <translation>見込み客：商談</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desktop/reports/charts.py" line="+176"/>
        <source>vs %1</source>
        <translation>比較：%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No engagement in these weeks</source>
        <translation>この期間の週にエンゲージメントはありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing in this period</source>
        <translation>この期間には何もありません</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+38"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch</source>
        <translation>タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>アセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored touches, %1 days</source>
        <translation>スコア対象タッチ（%1 日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最終スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed</source>
        <translation>配信停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>予約日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled for</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM stage</source>
        <translation>CRM のステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion</source>
        <translation>プロモーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scored touches: the contact&apos;s touches worth engagement points (events, meetings booked, demos held) in the %1 days up to %2, as the health score counts them; sends, deliveries, bounces and opens worth no points do not count.</source>
        <translation>スコア対象タッチ：%2 までの %1 日間の、エンゲージメントポイントが付くコンタクトのタッチ（イベント、予約されたミーティング、実施されたデモ）を、ヘルススコアと同じ方法で数えたものです。ポイントの付かない送信、配信、バウンス、開封は数えません。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../desktop/commands/report.py" line="+44"/>
        <source>write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the meeting pack (PDF)</source>
        <translation>アカウントレポート（PDF/HTML）、ポートフォリオブック（XLSX/CSV）、または会議資料（PDF）を書き出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board-ready reports from the workspace: the same numbers as the window.</source>
        <translation>ワークスペースから、経営会議に出せるレポートを作成します：数値はウィンドウと同じです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one account as PDF or HTML</source>
        <translation>1つのアカウントを PDF または HTML で</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id:N (the workspace id), ext:ID (the CRM id), a domain or a name</source>
        <translation>id:N（ワークスペースの ID）、ext:ID（CRM の ID）、ドメインまたは名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.pdf or FILE.html</source>
        <translation>FILE.pdf または FILE.html</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the portfolio workbook, XLSX or CSV files</source>
        <translation>ポートフォリオブック（XLSX または CSV ファイル）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE.xlsx, or a folder for --format csv (one CSV per sheet)</source>
        <translation>FILE.xlsx、または --format csv の場合はフォルダ（シートごとに CSV を1つ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: xlsx, or csv when -o is not an .xlsx file</source>
        <translation>既定：xlsx（-o が .xlsx ファイルでない場合は csv）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the alignment-meeting pack as PDF</source>
        <translation>連携会議の会議資料（PDF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only accounts with this owner</source>
        <translation>この担当者のアカウントのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only accounts of this tier</source>
        <translation>このティアのアカウントのみ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first day (default: 30 days before --to)</source>
        <translation>初日（既定：--to の30日前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day, included; health is scored as of it (default: the workspace&apos;s data date, its latest dated record)</source>
        <translation>最終日（当日を含む）。健全性はこの日時点でスコアリングします（既定：ワークスペースのデータ基準日、つまり日付のある最新のレコードの日）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replace an existing output file (never the workspace)</source>
        <translation>既存の出力ファイルを置き換える（ワークスペースは対象外）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-o %1 is %2; choose a folder</source>
        <translation>-o %1 は %2 です。フォルダを選んでください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>abm-health report: %1</source>
        <translation>abm-health report：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2; choose a folder you can write to</source>
        <translation>%1 に書き込めません：%2。書き込み可能なフォルダを選んでください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder %1 does not exist; create it or choose another output path</source>
        <translation>フォルダ %1 は存在しません。作成するか、別の出力先を選んでください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: an account report is a .pdf or .html file</source>
        <translation>-o %1：アカウントレポートは .pdf または .html ファイルです</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+62"/>
        <source>Wrote %1 (%2 pages): %3, %4.</source>
        <translation>%1 を書き出しました（%2 ページ）：%3、%4。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Wrote %1: %2, %3.</source>
        <translation>%1 を書き出しました：%2、%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the workbook is an .xlsx file (or use --format csv and a folder)</source>
        <translation>-o %1：ブックは .xlsx ファイルです（または --format csv とフォルダを指定してください）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-o %1: with --format csv, -o names a folder for one CSV per sheet</source>
        <translation>-o %1：--format csv の場合、-o にはシートごとの CSV を入れるフォルダを指定します</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 for %2, %3: %4 rows.</source>
        <translation>%1 を書き出しました（%2、%3）：%4 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 CSV files in %2 for %3, %4: %5 rows.</source>
        <translation>%2 に CSV ファイルを %1 個書き出しました（%3、%4）：%5 行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: the meeting pack is a .pdf file</source>
        <translation>-o %1：会議資料は .pdf ファイルです</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../desktop/reports/document.py" line="+150"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/reports/exports.py" line="+68"/>
        <source>Reading the workspace</source>
        <translation>ワークスペースを読み込んでいます</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Scoring account health</source>
        <translation>アカウントの健全性をスコアリングしています</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no score</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not calibrated</source>
        <translation>未較正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an opportunity is already open</source>
        <translation>商談はすでにオープンしています</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Computing the account&apos;s KPIs</source>
        <translation>アカウントの KPI を計算しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Writing %1</source>
        <translation>%1 を書き込んでいます</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+67"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Computing the portfolio&apos;s KPIs</source>
        <translation>ポートフォリオの KPI を計算しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey funnel</source>
        <translation>ジャーニーファネル</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ReportFootnotes</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+126"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>health model version %1; score = Σ weight × component / Σ weight over the components that apply (%2).</source>
        <translation>ヘルスモデルのバージョン %1。スコア = Σ 重み × 構成要素 ÷ 該当する構成要素の Σ 重み（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period %1, compared with %2; data as of %3 (nothing dated later is used).</source>
        <translation>期間 %1、比較対象 %2。データ基準日 %3（それより後の日付のデータは使用しません）。</translation>
    </message>
</context>
<context>
    <name>ReportProfile</name>
    <message>
        <location line="-143"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>業界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual revenue</source>
        <translation>年間売上高</translation>
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
        <translation>バニティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 more not shown.</source>
        <translation>ほかに %1 件（非表示）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This period</source>
        <translation>今期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>前期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>判断に使わない理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>代わりに使う指標</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes and definitions</source>
        <translation>注記と定義</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="-64"/>
        <source>Latest touches</source>
        <translation>最近のタッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying committee</source>
        <translation>購買委員会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and next actions</source>
        <translation>メモと次のアクション</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../desktop/reports/formatting.py" line="+45"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no trend yet</source>
        <translation>傾向はまだありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up</source>
        <translation>上昇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 in 4 weeks</source>
        <translation>4週間で %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/table_words.py" line="+64"/>
        <source>Email sent</source>
        <translation>メール送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email delivered</source>
        <translation>メール配信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>メール開封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>メールクリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email bounce</source>
        <translation>メールバウンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email unsubscribe</source>
        <translation>メール配信停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>コンテンツ閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>コンテンツダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Web 訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form view</source>
        <translation>フォーム表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fill</source>
        <translation>フォーム入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA view</source>
        <translation>CTA 表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad click</source>
        <translation>広告クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>ソーシャルエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar registered</source>
        <translation>ウェビナー登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>ウェビナー参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mention</source>
        <translation>メディア掲載</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic</source>
        <translation>オーガニック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>有料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>ソーシャル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <translation>ダイレクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>無断欠席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>成約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoter</source>
        <translation>推奨者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractor</source>
        <translation>批判者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../desktop/account/tabs.py" line="+73"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses and comments</source>
        <translation>NPS の回答とコメント</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Account NPS %1 from %Ln recent responses (latest per contact); promoters score 9–10, detractors 0–6.</source>
        <translation>
            <numerusform>アカウント NPS %1（直近の回答 %Ln 件、コンタクトごとの最新回答）。推奨者は 9～10、批判者は 0～6 のスコアです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent NPS responses; %1 in total.</source>
        <translation>直近の NPS 回答はありません。累計 %1 件。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/shared/wording/roles.py" line="+15"/>
        <source>Decision maker</source>
        <translation>意思決定者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>チャンピオン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>インフルエンサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/kpis.py" line="-104"/>
        <source>%Ln accounts with %1</source>
        <translation>
            <numerusform>%1 のアカウント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln target accounts with %1</source>
        <translation>
            <numerusform>%1 のターゲットアカウント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every account (%Ln accounts)</source>
        <translation>
            <numerusform>全アカウント（%Ln 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the portfolio (%Ln target accounts)</source>
        <translation>
            <numerusform>ポートフォリオ（ターゲットアカウント %Ln 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingMeanings</name>
    <message>
        <location filename="../../desktop/shared/wording/setting_values.py" line="+19"/>
        <source>the ISO code every amount is kept in</source>
        <translation>すべての金額を保持する通貨の ISO コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead score at which a contact is an MQL</source>
        <translation>コンタクトが MQL になるリードスコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days for an engagement point to lose half its weight</source>
        <translation>エンゲージメントのポイントが重みを半分失うまでの日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS responses below which a score is flagged as a small sample</source>
        <translation>これ未満だとスコアに「少数サンプル」と表示される NPS 回答数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days of engagement a journey stage looks back</source>
        <translation>ジャーニーのステージがさかのぼるエンゲージメントの日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account points to count as engaged</source>
        <translation>エンゲージとみなすアカウントのポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account points to count as a marketing-qualified account</source>
        <translation>マーケティング認定アカウント（MQA）とみなすアカウントのポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQL contacts to count as a marketing-qualified account</source>
        <translation>マーケティング認定アカウント（MQA）とみなす MQL コンタクトの数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days without a touch before an account is silent</source>
        <translation>アカウントが沈黙とみなされるまでのタッチのない日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours within which a question counts as answered in time</source>
        <translation>質問への回答が期限内とみなされる時間（時間単位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross margin used for LTV, as a fraction</source>
        <translation>LTV に使う粗利率（小数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non-campaign sales and marketing cost per year, for CAC</source>
        <translation>CAC に使う、キャンペーン以外の年間の営業・マーケティング費用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown as vanity (comma-separated)</source>
        <translation>バニティ指標として表示する指標の ID（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric ids shown with caution (comma-separated)</source>
        <translation>注意付きで表示する指標の ID（カンマ区切り）</translation>
    </message>
</context>
<context>
    <name>SettingValueWords</name>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: no metric has the id %2; `abm-health kpis --format json` lists the ids.</source>
        <translation>
            <numerusform>%1: ID が %2 の指標はありません。ID の一覧は `abm-health kpis --format json` で確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %2 is in %3 already; a metric is vanity or caution, not both.</source>
        <translation>
            <numerusform>%1: %2 はすでに %3 にあります。指標はバニティか注意のどちらか一方です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln opportunity amount(s)</source>
        <translation>
            <numerusform>商談の金額 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln subscription ARR value(s)</source>
        <translation>
            <numerusform>サブスクリプションの ARR %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln campaign cost(s)</source>
        <translation>
            <numerusform>キャンペーンのコスト %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln account annual revenue(s)</source>
        <translation>
            <numerusform>アカウントの年間売上 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingValues</name>
    <message>
        <location line="-62"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1</source>
        <translation>%1 より大きい数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1</source>
        <translation>%1 より大きい整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number of at least %1</source>
        <translation>%1 以上の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of at least %1</source>
        <translation>%1 以上の整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number above %1 and at most %2</source>
        <translation>%1 より大きく %2 以下の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number above %1 and at most %2</source>
        <translation>%1 より大きく %2 以下の整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a table of values; change it in the window&apos;s Settings.</source>
        <translation>%1 は値の表です。ウィンドウの「設定」で変更してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no setting %1; settings that can be set: %2.</source>
        <translation>設定 %1 はありません。設定できるのは次のとおりです: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency %1 is not an ISO currency code; expected three letters such as USD, EUR or PLN.</source>
        <translation>通貨 %1 は ISO 通貨コードではありません。USD、EUR、PLN のような 3 文字にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not a number; expected %3.</source>
        <translation>%1 %2 は数値ではありません。%3にしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a whole number; expected %3.</source>
        <translation>%1 %2 は整数ではありません。%3にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is out of range; expected %3.</source>
        <translation>%1 %2 は範囲外です。%3にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>half_life_days %1 is too short for stage_window_days %2: a journey stage looks back at most %3 half-lives; expected a half-life of at least %4 days or a shorter window.</source>
        <translation>half_life_days %1 は stage_window_days %2 に対して短すぎます。ジャーニーのステージがさかのぼれるのは半減期の %3 倍までです。半減期を %4 日以上にするか、期間を短くしてください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the currency stays %1: the workspace holds amounts in %1 (%2), and amounts are never converted. Load an export in %3 into a new workspace (--workspace NEW.sqlite).</source>
        <translation>通貨は %1 のままです：ワークスペースには %1 の金額（%2）があり、金額は換算されません。%3 のエクスポートは新しいワークスペースに読み込んでください（--workspace NEW.sqlite）。</translation>
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
        <translation>ワークスペースの設定を表示する。`settings set KEY VALUE` で1つ変更する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print every workspace setting, or change one: %1.</source>
        <translation>ワークスペースの設定をすべて表示するか、1 つを変更します: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set KEY VALUE changes one setting</source>
        <translation>set KEY VALUE で設定を1つ変更する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the setting, e.g. currency</source>
        <translation>設定項目（例：currency）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its new value, e.g. PLN (lists comma-separated)</source>
        <translation>新しい値（例：PLN。リストはカンマ区切り）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>settings set needs KEY and VALUE, e.g. `abm-health settings set currency PLN`</source>
        <translation>settings set には KEY と VALUE が必要です（例：`abm-health settings set currency PLN`）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>abm-health settings: %1</source>
        <translation>abm-health settings：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health scores from now on use the new value; the weekly history already stored keeps the old one until Settings &gt; Save in the window recomputes it.</source>
        <translation>今後のヘルススコアには新しい値が使われます。保存済みの週次履歴は、ウィンドウの［設定］&gt;［保存］で再計算されるまで以前の値のままです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to change %1, use `abm-health settings set %1 VALUE`</source>
        <translation>%1 を変更するには `abm-health settings set %1 VALUE` を使ってください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table: edit it in the window&apos;s Settings</source>
        <translation>表: ウィンドウの「設定」で編集します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meaning</source>
        <translation>意味</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/settings/page.py" line="+107"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed by sales and marketing; stored in this workspace.</source>
        <translation>営業とマーケティングで合意した値です。このワークスペースに保存されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> points</source>
        <translation> ポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> observations</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below this many account × month-end observations in a segment, a score shows &apos;not enough history&apos; instead of a calibrated likelihood.</source>
        <translation>セグメント内の「アカウント × 月末」の観測がこの件数未満の場合、較正された確率の代わりに「履歴が不足」と表示します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account health model</source>
        <translation>アカウントヘルスモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights of the six components and the band thresholds. The backtest scores every account at past month ends and checks what happened next; try weights and watch it change before saving.</source>
        <translation>6つの構成要素の重みと区分のしきい値です。バックテストは過去の各月末時点で全アカウントをスコアリングし、その後の結果を確認します。保存する前に重みを変えて、結果の変化を確かめられます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MQL threshold</source>
        <translation>MQL しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health likelihood needs</source>
        <translation>健全性の確率に必要な観測数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads and engagement</source>
        <translation>リードとエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact becomes an MQL when its engagement score reaches the threshold (unless the CRM says when). Points per touch, before role and tier multipliers and the 30-day half-life.</source>
        <translation>コンタクトのエンゲージメントスコアがしきい値に達すると MQL になります（CRM に MQL 日付がある場合はそれを優先）。タッチごとのポイントで、役割・ティアの乗数と30日の半減期を適用する前の値です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by</source>
        <translation>判断に使わない指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity and caution metrics leave the KPI tiles for the panel that says why; double-click a verdict to change it.</source>
        <translation>バニティ指標と注意指標は KPI タイルから外れ、理由を示すパネルに表示されます。評価をダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and the reports, for you on this computer; System follows the computer&apos;s language.</source>
        <translation>このコンピューターでのウィンドウとレポートの言語です。「システム」はコンピューターの言語に従います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+1"/>
        <source>Unsaved changes.</source>
        <translation>未保存の変更があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved settings</source>
        <translation>未保存の設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have unsaved changes. Save them?</source>
        <translation>設定に未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard puts back the settings in force.</source>
        <translation>破棄すると、現在有効な設定に戻ります。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Currency &quot;%1&quot;: write a three-letter ISO code such as USD or EUR.</source>
        <translation>通貨「%1」：USD や EUR のような3文字の ISO コードを入力してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. Health model version %1: history recomputed; the portfolio shows the new scores.</source>
        <translation>保存しました。ヘルスモデル バージョン %1：履歴を再計算しました。ポートフォリオに新しいスコアが表示されます。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the previous settings are in force.</source>
        <translation>保存されていません：以前の設定が有効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings failed</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the previous settings are in force.</source>
        <translation>キャンセルしました：以前の設定が有効です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recomputing health history</source>
        <translation>ヘルス履歴を再計算しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving settings</source>
        <translation>設定を保存しています</translation>
    </message>
</context>
<context>
    <name>SettingsTables</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-254"/>
        <source>Touch</source>
        <translation>タッチ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steer by instead</source>
        <translation>代わりに使う指標</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Accounts: outcome</source>
        <translation>アカウント：結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+64"/>
        <source>Observed</source>
        <translation>実績</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved model</source>
        <translation>保存済みモデル</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Accounts: likelihood of</source>
        <translation>アカウント：確率の対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decile</source>
        <translation>十分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>観測数</translation>
    </message>
</context>
<context>
    <name>StageLines</name>
    <message numerus="yes">
        <location filename="../../desktop/commands/import_cmd.py" line="+9"/>
        <source>reading %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln 行を読み込み中...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>checking %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln 行を検査中...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>matching %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln 行を照合中...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>writing %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln 行を書き込み中...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../desktop/shared/wording/stage_window.py" line="+20"/>
        <source>stage window %1 days over half-life %2 days is too long to evaluate; use a half-life of at least window/%3 days.</source>
        <translation>ステージの期間 %1 日は半減期 %2 日に対して長すぎて評価できません。半減期を期間/%3 日以上にしてください。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../desktop/shared/labels.py" line="+15"/>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aware</source>
        <translation>認知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>エンゲージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQA</source>
        <translation>MQA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/start/page.py" line="+23"/>
        <source>This workspace is empty</source>
        <translation>このワークスペースは空です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import your data…</source>
        <translation>データをインポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the templates</source>
        <translation>テンプレートを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo portfolio</source>
        <translation>デモ用ポートフォリオを読み込む</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A CSV or XLSX export from your CRM (HubSpot, Salesforce, Dynamics…): accounts first, then contacts, events, deals. Ctrl+I, or drop the file on this window.</source>
        <translation>CRM（HubSpot、Salesforce、Dynamics など）から書き出した CSV または XLSX ファイル：最初にアカウント、次にコンタクト、イベント、取引の順です。Ctrl+I を押すか、ファイルをこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One CSV per kind of record with every column the import reads and example rows, to fill in by hand.</source>
        <translation>レコードの種類ごとに1つの CSV。インポートが読み込むすべての列と記入例の行が入っており、手で入力できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>250 made-up accounts with a year of activity, to see what abm-health shows before your own data is in.</source>
        <translation>1年分の活動を持つ架空のアカウント 250 件。自社のデータを入れる前に、abm-health で何が見られるかを確認できます。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/import_wizard/run_pages.py" line="+12"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../desktop/portfolio/summary.py" line="+56"/>
        <source>no history 4 weeks ago</source>
        <translation>4週間前の履歴なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change in 4 weeks</source>
        <translation>4週間で変化なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in 4 weeks</source>
        <translation>4週間で %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts shown</source>
        <translation>表示中のアカウント</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all accounts</source>
        <translation>全アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all target accounts</source>
        <translation>全ターゲットアカウント</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln accounts</source>
        <translation>
            <numerusform>全 %Ln 件のアカウントのうち</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln target accounts</source>
        <translation>
            <numerusform>全 %Ln 件のターゲットアカウントのうち</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not scored yet</source>
        <translation>未スコアリング %1 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 accounts%3</source>
        <translation>%1：アカウント %2 件%3</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../../desktop/commands/team.py" line="+25"/>
        <source>team workspace on PostgreSQL: create the schema and roles</source>
        <translation>PostgreSQL 上のチームワークスペース：スキーマとロールを作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team workspaces on PostgreSQL.</source>
        <translation>PostgreSQL 上のチームワークスペース。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create the schema and the viewer, manager and admin roles</source>
        <translation>スキーマと viewer、manager、admin の各ロールを作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create (or upgrade) the schema in the database at URL and the roles &lt;db&gt;_viewer (read and export), &lt;db&gt;_manager (import, notes) and &lt;db&gt;_admin (settings, model versions, undo), and print what was granted.</source>
        <translation>URL のデータベースにスキーマを作成（またはアップグレード）し、ロール &lt;db&gt;_viewer（閲覧とエクスポート）、&lt;db&gt;_manager（インポート、メモ）、&lt;db&gt;_admin（設定、モデルバージョン、取り消し）を作成して、付与した権限を表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLAlchemy URL of the database, e.g. postgresql+psycopg://admin@db/abm (no password: use ~/.pgpass)</source>
        <translation>データベースの SQLAlchemy URL（例：postgresql+psycopg://admin@db/abm）。パスワードは含めず、~/.pgpass を使ってください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>team init needs a postgresql+psycopg:// URL; an SQLite file is a one-person workspace</source>
        <translation>team init には postgresql+psycopg:// の URL が必要です。SQLite ファイルは1人用のワークスペースです</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team workspace %1: schema ready.</source>
        <translation>チームワークスペース %1：スキーマの準備ができました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each colleague a database login and one role, e.g.:
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
Passwords stay out of abm-health: each person keeps theirs in ~/.pgpass (or a pg_service.conf entry, or PGPASSWORD).</source>
        <translation>各メンバーにデータベースのログインとロールを1つずつ付与してください。例：
  CREATE ROLE bob LOGIN PASSWORD &apos;...&apos;;  GRANT %1 TO bob;
パスワードは abm-health には保存しません：各自が ~/.pgpass（または pg_service.conf のエントリ、または PGPASSWORD）で管理します。</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <location filename="../../desktop/commands/template.py" line="+27"/>
        <source>write the canonical CSV layout of an entity (the import needs no mapping)</source>
        <translation>エンティティの標準 CSV レイアウトを書き出す（インポートにマッピングは不要）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the canonical import template of ENTITY: every column, with example rows.</source>
        <translation>ENTITY の標準インポートテンプレートを書き出します：すべての列と例の行を含みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of %1</source>
        <translation>次のいずれか：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write here (default: stdout)</source>
        <translation>書き出し先（既定：標準出力）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exists already; choose another file name</source>
        <translation>%1 はすでに存在します。別のファイル名を選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>フォルダ %1 は存在しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1: the %2 template. Fill it in and load it with `abm-health import %2 %3`.</source>
        <translation>%1 を書き出しました：%2 のテンプレートです。記入したら `abm-health import %2 %3` で読み込んでください。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/account/timeline.py" line="+8"/>
        <source>Engagement per week, by kind (last 52 weeks)</source>
        <translation>週ごと・種類別のエンゲージメント（直近52週）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show emails sent and delivered</source>
        <translation>メールの送信と配信を表示</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No engagement in the last 52 weeks</source>
        <translation>直近52週にエンゲージメントはありません</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln events, newest first</source>
        <translation>
            <numerusform>イベント %Ln 件（新しい順）</numerusform>
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
            <numerusform>送信・配信 %Ln 件を非表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchKinds</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-268"/>
        <source>Form fill</source>
        <translation>フォーム入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo held</source>
        <translation>デモ実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting booked</source>
        <translation>ミーティング予約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA click</source>
        <translation>CTA クリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar attended</source>
        <translation>ウェビナー参加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content download</source>
        <translation>コンテンツダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click</source>
        <translation>メールクリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visit</source>
        <translation>Web 訪問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content view</source>
        <translation>コンテンツ閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page view</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email open</source>
        <translation>メール開封</translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <location filename="../../desktop/import_wizard/values.py" line="+74"/>
        <source>(reject the row)</source>
        <translation>（行を除外）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Values of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The first rows hold these values that %1 can&apos;t read as they are. Choose what each one means.</source>
        <translation>最初の数行に、%1 としてそのままでは読み取れない値があります。それぞれの意味を選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every value in the first rows can be read.</source>
        <translation>最初の数行の値はすべて読み取れます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules, tried before the values above; the first that matches wins (case does not matter):</source>
        <translation>上の値より先に適用されるルールです。最初に一致したものが使われます（大文字・小文字は区別しません）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains</source>
        <translation>を含む</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is exactly</source>
        <translation>と完全に一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches the regular expression</source>
        <translation>が正規表現に一致</translation>
    </message>
</context>
<context>
    <name>VanityPanel</name>
    <message>
        <location filename="../../desktop/dashboard/vanity_panel.py" line="+21"/>
        <source>VANITY</source>
        <translation>バニティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAUTION</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every metric is one we steer by: the settings list no vanity or caution metric.</source>
        <translation>すべての指標が判断に使う指標です：設定にバニティ指標・注意指標はありません。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>判断に使わない理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>代わりに使う指標</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/settings/tables.py" line="-15"/>
        <source>Steer by it</source>
        <translation>判断に使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>バニティ</translation>
    </message>
</context>
<context>
    <name>WorkbookCells</name>
    <message>
        <location filename="../../desktop/reports/workbook_words.py" line="+202"/>
        <source>Measure</source>
        <translation>判断に使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>バニティ指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>上昇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid search</source>
        <translation>有料検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid social</source>
        <translation>有料ソーシャル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>ディスプレイ広告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>small sample</source>
        <translation>サンプルが少数</translation>
    </message>
</context>
<context>
    <name>WorkbookColumns</name>
    <message>
        <location line="-163"/>
        <source>Engagement points, 90 days</source>
        <translation>エンゲージメントポイント（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last scored touch</source>
        <translation>最終スコア対象タッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts with a scored touch, 90 days</source>
        <translation>スコア対象タッチのあるコンタクト（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision makers with a scored touch, 90 days</source>
        <translation>スコア対象タッチのある意思決定者（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills, 90 days</source>
        <translation>フォーム入力（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA clicks, 90 days</source>
        <translation>CTA クリック（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings booked, 90 days</source>
        <translation>予約されたミーティング（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held, 90 days</source>
        <translation>実施されたミーティング（90日間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open opportunities</source>
        <translation>オープンな商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pipeline</source>
        <translation>オープンなパイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last win</source>
        <translation>直近の成約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to renewal</source>
        <translation>更新までの日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>アカウント NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions unanswered</source>
        <translation>未回答の質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account id</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>業界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>傾向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change, 4 weeks</source>
        <translation>変化（4週間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drivers</source>
        <translation>要因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric id</source>
        <translation>指標 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous n</source>
        <translation>前期の n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why n/a</source>
        <translation>該当なしの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached by the period&apos;s end</source>
        <translation>期間末までに到達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in the period</source>
        <translation>期間中に到達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached the next stage</source>
        <translation>次のステージに到達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion to the next</source>
        <translation>次のステージへのコンバージョン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days to the next</source>
        <translation>次のステージまでの日数（中央値）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs</source>
        <translation>MQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>MQL あたりコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won deals</source>
        <translation>成約した取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won revenue</source>
        <translation>成約金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs, first touch</source>
        <translation>MQL 数（ファーストタッチ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL, first touch</source>
        <translation>MQL あたりコスト（ファーストタッチ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROI, first touch</source>
        <translation>ROI（ファーストタッチ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why we don&apos;t steer by it</source>
        <translation>判断に使わない理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steer by instead</source>
        <translation>代わりに使う指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its value</source>
        <translation>その値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its unit</source>
        <translation>その単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good direction</source>
        <translation>望ましい方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not to steer by it</source>
        <translation>判断に使わない理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>WorkbookDirections</name>
    <message>
        <location line="+83"/>
        <source>up</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>低いほど良い</translation>
    </message>
</context>
<context>
    <name>WorkbookNotes</name>
    <message>
        <location line="-74"/>
        <source>Data as of %1. </source>
        <translation>データ基準日 %1。 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook&apos;s date</source>
        <translation>ブックの日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health and the per-account figures are the health model&apos;s as of %1 (the period&apos;s last day); 90-day figures count the 90 days before it. Empty cells are n/a.</source>
        <translation>健全性とアカウントごとの数値は、%1（期間の最終日）時点のヘルスモデルによるものです。90日間の数値は、その日までの90日間を数えています。空欄は該当なしです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rates are fractions shown as percentages; a change of a rate is in percentage points. Empty cells are n/a (no data or a zero denominator; &quot;Why n/a&quot; names an input the workspace never held).</source>
        <translation>率は割合をパーセントで表示しています。率の変化はポイントで示します。空欄は該当なしです（データがないか分母がゼロの場合。「該当なしの理由」には、ワークスペースに一度もなかった入力を示します）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n accounts in scope (the first row). Reached: had reached the stage or a later one by the period&apos;s end; entered: reached it during the period; conversion: the next stage&apos;s reached over this one&apos;s. Accounts that churned in the period: %1.</source>
        <translation>
            <numerusform>対象のアカウント %n 件（1行目）。期間末までに到達：期間末までにそのステージ以降に到達したもの。期間中に到達：期間中にそのステージに到達したもの。コンバージョン率：次のステージの到達数 ÷ このステージの到達数。期間中に解約したアカウント：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution: the opportunity&apos;s or contact&apos;s campaign, else the account&apos;s last campaign touch before it (first touch alongside).</source>
        <translation>アトリビューション：商談またはコンタクトのキャンペーン。なければ、それ以前のアカウントの最後のキャンペーンタッチ（ファーストタッチも併記）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responses dated %1.</source>
        <translation>回答日 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metrics we don&apos;t steer by, and why (the list is a workspace setting).</source>
        <translation>判断に使わない指標とその理由（一覧はワークスペースの設定です）。</translation>
    </message>
</context>
<context>
    <name>WorkbookPhrases</name>
    <message>
        <location line="+77"/>
        <source>Health component: %1</source>
        <translation>健全性の構成要素：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account health</source>
        <translation>アカウントの健全性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight %1 of %2; score 0-100</source>
        <translation>重み %1（合計 %2）。スコア 0～100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Σ weight × component / Σ weight over the components that apply; bands: customers healthy ≥ %1, watch ≥ %2, at risk below; prospects hot ≥ %3, warm ≥ %4, cold below; no data: nothing on record, no score</source>
        <translation>Σ 重み × 構成要素 ÷ 該当する構成要素の Σ 重み。区分：顧客は健全 ≥ %1、要注意 ≥ %2、それ未満はリスクあり。見込み客はホット ≥ %3、ウォーム ≥ %4、それ未満はコールド。データなし：記録がなく、スコアなし</translation>
    </message>
</context>
<context>
    <name>WorkbookSheets</name>
    <message>
        <location line="-215"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanity</source>
        <translation>バニティ指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
</context>
<context>
    <name>WorkbookTitle</name>
    <message>
        <location line="+274"/>
        <source>Portfolio workbook %1</source>
        <translation>ポートフォリオブック %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target accounts</source>
        <translation>ターゲットアカウント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every account in the workspace</source>
        <translation>ワークスペースの全アカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous</source>
        <translation>前期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scope</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data as of</source>
        <translation>データ基準日</translation>
    </message>
</context>
<context>
    <name>WorkbookUnits</name>
    <message>
        <location line="-138"/>
        <source>rate</source>
        <translation>率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiple</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>時間</translation>
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
        <translation>スコア</translation>
    </message>
</context>
<context>
    <name>WorkspaceWords</name>
    <message>
        <location filename="../../desktop/shared/wording/workspace.py" line="+17"/>
        <source>The workspace %1 is busy in another window or program; close it and try again.</source>
        <translation>ワークスペース %1 は別のウィンドウまたはプログラムで使用中です。それを閉じてもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is read-only; choose a folder you can write to.</source>
        <translation>ワークスペース %1 は読み取り専用です。書き込みできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace %1 is full; free some space and try again.</source>
        <translation>ワークスペース %1 のあるディスクがいっぱいです。空き容量を増やしてもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (or it is damaged); open another file or restore a backup.</source>
        <translation>%1 は abm-health のワークスペースではありません（または破損しています）。別のファイルを開くか、バックアップを復元してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged; restore the backup written next to it.</source>
        <translation>ワークスペース %1 は破損しています。隣に書き出されたバックアップを復元してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is too big for the workspace %1; nothing was written. Check the file for a cell that runs on (a missing closing quote).</source>
        <translation>ワークスペース %1 には大きすぎる値があります。何も書き込まれていません。終わりのないセル（閉じ引用符の欠落）がないかファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 cannot be opened; check that its folder exists and is writable.</source>
        <translation>ワークスペース %1 を開けません。フォルダが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused this change (%1): it needs the %2 role on the workspace %3 (%4); ask an admin to grant it.</source>
        <translation>データベースがこの変更を拒否しました（%1）：ワークスペース %3 の %2 ロール（%4）が必要です。管理者に付与を依頼してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2; check its permissions.</source>
        <translation>%1 を読み込めません：%2。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace (it is not an SQLite database); choose another file.</source>
        <translation>%1 は abm-health のワークスペースではありません（SQLite データベースではありません）。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an abm-health workspace: it has tables %2; choose another file.</source>
        <translation>%1 は abm-health のワークスペースではありません：テーブル %2 があります。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1: %2; check its permissions.</source>
        <translation>%1 を開けません：%2。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); restore the backup written next to it.</source>
        <translation>ワークスペース %1 は破損しています（%2）。隣に書き出されたバックアップを復元してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace at %1.</source>
        <translation>%1 にワークスペースはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the workspace %1: %2; choose a folder you can write to.</source>
        <translation>ワークスペース %1 を作成できません：%2。書き込みできるフォルダを選んでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 was written by a newer abm-health (schema %2); update the application to open it.</source>
        <translation>ワークスペース %1 は新しいバージョンの abm-health で書き込まれています（スキーマ %2）。開くにはアプリケーションを更新してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup was written: %1.</source>
        <translation>バックアップは書き込まれませんでした：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace %1 is damaged (%2); nothing was written. Restore a backup (`abm-health backup` copies are checked).</source>
        <translation>ワークスペース %1 は破損しています（%2）。何も書き込まれていません。バックアップを復元してください（`abm-health backup` のコピーは検査済みです）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team roles need a PostgreSQL workspace; an SQLite file is shared by sharing the file.</source>
        <translation>チームのロールには PostgreSQL のワークスペースが必要です。SQLite ファイルはファイルを共有することで共有します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 you need the %2 role on this workspace (%3), which the database user %4 does not have; ask an admin to run: GRANT %3 TO %4;</source>
        <translation>%1には、このワークスペースの %2 ロール（%3）が必要ですが、データベースユーザー %4 にはありません。管理者に次の実行を依頼してください：GRANT %3 TO %4;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a health model version</source>
        <translation>ヘルスモデルのバージョンを保存する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo an import</source>
        <translation>インポートを取り消す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files</source>
        <translation>ファイルをインポートする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill the workspace with the demo</source>
        <translation>ワークスペースにデモデータを入れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the settings</source>
        <translation>設定を変更する</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli.py" line="+69"/>
        <location filename="../../desktop/i18n/argparse_words.py" line="+38"/>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了する</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n/argparse_words.py" line="-17"/>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：エラー：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択肢です：%(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s の値が無効です：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>引数が1つ必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>引数が1つ以上必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>引数は1つまでです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション：%(option)s は %(matches)s のどれにも一致し得ます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>引数 %s とは併用できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>不明なコマンド %(parser_name)r（選択肢：%(choices)s）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="-16"/>
        <source>Account-based-marketing health: explainable account health, honest KPIs, clean CRM imports and board-ready reports, offline. Without a command, opens the window.</source>
        <translation>アカウントベースドマーケティングの健全性ツール：根拠を説明できるアカウントの健全性、正直な KPI、クリーンな CRM インポート、経営会議に出せるレポートをオフラインで。コマンドを指定しないとウィンドウを開きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workspace file or SQLAlchemy URL (default: $%1, else the user data folder)</source>
        <translation>ワークスペースのファイルまたは SQLAlchemy URL（既定：$%1、なければユーザーデータフォルダ）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language of tables, messages and reports (default: the one chosen in the window&apos;s Settings, else the system&apos;s); CSV and JSON are the same in every language</source>
        <translation>表、メッセージ、レポートの言語（既定：ウィンドウの［設定］で選んだ言語、なければシステムの言語）。CSV と JSON はどの言語でも同じです</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>abm-health: there is no workspace at %1; check --workspace (or $%2), or create one with abm-health demo or abm-health import.</source>
        <translation>abm-health：%1 にワークスペースがありません。--workspace（または $%2）を確認するか、abm-health demo または abm-health import で作成してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>abm-health: interrupted; nothing was left half-written.</source>
        <translation>abm-health：中断しました。書きかけのまま残ったものはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>abm-health: another session changed the same records at the same moment, so nothing was written; run the command again.</source>
        <translation>abm-health：別のセッションが同時に同じレコードを変更したため、何も書き込まれませんでした。コマンドをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/shared/errors.py" line="+42"/>
        <source>A file could not be used</source>
        <translation>ファイルを使用できませんでした</translation>
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
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of an unexpected problem (%2). The details can be copied into a bug report.</source>
        <translation>%1。予期しない問題（%2）が原因です。詳細はバグ報告にコピーできます。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Something went wrong that should not have (%1: %2). Your workspace is unchanged by this error; the details below can be copied into a bug report.</source>
        <translation>本来起こるべきでない問題が発生しました（%1：%2）。このエラーによるワークスペースの変更はありません。下の詳細はバグ報告にコピーできます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
</context>
<context>
    <name>job</name>
    <message>
        <location filename="../../desktop/shared/workers.py" line="+30"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
        <translation>ユニーク開封メール数 ÷ 配信メール数（コンタクト × メール単位。クリックは開封として数える。配信イベントがない場合、配信 = 送信 − バウンス）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / delivered emails (contact x email)</source>
        <translation>ユニーククリックメール数 ÷ 配信メール数（コンタクト × メール単位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique clicked emails / unique opened emails</source>
        <translation>ユニーククリックメール数 ÷ ユニーク開封メール数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered emails followed by an unsubscribe from that email / delivered emails</source>
        <translation>そのメールからの配信停止があった配信メール数 ÷ 配信メール数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content views + downloads in the period; per asset: views, downloads, accounts, mean duration, best and worst</source>
        <translation>期間中のコンテンツ閲覧数 + ダウンロード数。アセットごと：閲覧数、ダウンロード数、アカウント数、平均所要時間、最良と最低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form_fill events in the period; per form: views, fills, conversion</source>
        <translation>期間中の form_fill イベント数。フォームごと：表示数、入力数、コンバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who filled a form they viewed / visitors who viewed it (visitor x form)</source>
        <translation>表示したフォームに入力した訪問者数 ÷ そのフォームを表示した訪問者数（訪問者 × フォーム単位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitors who clicked a CTA they viewed / visitors who viewed it; per CTA, ordered by the median day of the account&apos;s journey on which it is seen</source>
        <translation>表示した CTA をクリックした訪問者数 ÷ その CTA を表示した訪問者数。CTA ごとに、アカウントのジャーニーで表示される日数の中央値の順に並べる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings booked in the period; per kind: booked, held, no-shows</source>
        <translation>期間中に予約されたミーティング数。種類ごと：予約、実施、無断欠席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings held that were scheduled in the period</source>
        <translation>期間中に予定されていて実施されたミーティング数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-shows / (held + no-shows), meetings scheduled in the period</source>
        <translation>無断欠席 ÷（実施 + 無断欠席）。期間中に予定されたミーティングが対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won with closed_at in the period; per type: won, lost, amount</source>
        <translation>closed_at が期間内の成約した商談。タイプごと：成約、失注、金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of the amounts of opportunities won in the period</source>
        <translation>期間中に成約した商談の金額の合計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won / (won + lost), opportunities closed in the period</source>
        <translation>成約 ÷（成約 + 失注）。期間中にクローズした商談が対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts whose first won new-business opportunity closed in the period</source>
        <translation>最初に成約した新規商談が期間中にクローズしたアカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS of the latest response per contact in the 365 days before the period end</source>
        <translation>期間末までの 365 日間における、コンタクトごとの最新回答による NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(E - N) / S: S customers at the start, E at the end, N of them new in the period</source>
        <translation>(E − N) ÷ S：S は期首の顧客数、E は期末の顧客数、N はそのうち期間中の新規顧客数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts created in the period</source>
        <translation>期間中に作成されたコンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose mql_at falls in the period; without a CRM mql_at, the first time the engagement lead score reached the MQL threshold</source>
        <translation>mql_at が期間内のコンタクト。CRM の mql_at がない場合は、エンゲージメントのリードスコアが初めて MQL しきい値に達した時点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts whose sql_at falls in the period</source>
        <translation>sql_at が期間内のコンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQLs of the period that became SQLs by its end / MQLs of the period</source>
        <translation>期間中の MQL のうち期末までに SQL になった数 ÷ 期間中の MQL 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign cost in the period / MQLs in the period; per campaign by last-touch attribution (first touch alongside)</source>
        <translation>期間中のキャンペーンコスト ÷ 期間中の MQL 数。キャンペーンごとにラストタッチアトリビューション（ファーストタッチも併記）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median engagement lead score of the period&apos;s new leads at the end of the month they arrived; per monthly cohort: quartiles</source>
        <translation>期間中の新規リードについて、流入した月の月末時点のエンゲージメントリードスコアの中央値。月次コホートごと：四分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts silent for at least the silent-days setting who engaged again in the period</source>
        <translation>休眠日数の設定以上活動がなく、期間中に再びエンゲージしたコンタクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new leads among the unique web visitors / unique web visitors (contact, else session)</source>
        <translation>ユニーク Web 訪問者のうちの新規リード数 ÷ ユニーク Web 訪問者数（コンタクト単位、なければセッション単位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(won revenue attributed - cost) / cost over campaigns with cost in the period; attribution: the opportunity&apos;s campaign, else the account&apos;s last campaign touch before it was created (first touch alongside)</source>
        <translation>(アトリビューションされた成約収益 − コスト) ÷ コスト。期間中にコストのあるキャンペーンが対象。アトリビューション：商談のキャンペーン、なければ商談作成前のアカウントの最後のキャンペーンタッチ（ファーストタッチも併記）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(campaign cost + listed sales and marketing cost) in the period / new customers</source>
        <translation>期間中の（キャンペーンコスト + 登録された営業・マーケティングコスト）÷ 新規顧客数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean ARR per customer at the period end x gross margin / annual logo churn rate</source>
        <translation>期末時点の顧客あたり平均 ARR × 粗利率 ÷ 年間ロゴチャーン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV / CAC (3 or more is healthy)</source>
        <translation>LTV ÷ CAC（3 以上が健全）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median days from opportunity created to won, opportunities won in the period</source>
        <translation>商談作成から成約までの日数の中央値。期間中に成約した商談が対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunities won in the period that closed on a promotion</source>
        <translation>期間中に成約した商談のうち、プロモーションで成約したもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won on a promotion / won, opportunities won in the period</source>
        <translation>プロモーションでの成約数 ÷ 成約数。期間中に成約した商談が対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web_visit events in the period; per traffic channel: visits and share</source>
        <translation>期間中の web_visit イベント数。トラフィックチャネルごと：訪問数と割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits from organic, social, referral and direct channels / visits</source>
        <translation>オーガニック、ソーシャル、リファラル、ダイレクトの各チャネルからの訪問数 ÷ 訪問数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits whose session has a form fill or CTA click / visits; per landing page, top 10</source>
        <translation>フォーム入力または CTA クリックのあるセッションの訪問数 ÷ 訪問数。ランディングページごと、上位 10 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page_view events in the period</source>
        <translation>期間中の page_view イベント数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean duration of page views that report one</source>
        <translation>所要時間が記録されたページビューの平均所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions with at most one page view / sessions</source>
        <translation>ページビューが 1 回以下のセッション数 ÷ セッション数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media_mention events in the period</source>
        <translation>期間中の media_mention イベント数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social_engagement events (likes, comments, shares) in the period</source>
        <translation>期間中の social_engagement イベント数（いいね、コメント、シェア）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distinct contacts with any engagement in the period; monthly, with the same month a year earlier (directional)</source>
        <translation>期間中に何らかのエンゲージメントがあったコンタクト数（重複なし）。月次で、前年同月と比較（方向性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTR of emails to customer accounts; monthly trend with alerts on falling CTR or rising unsubscribes</source>
        <translation>顧客アカウントへのメールのクリックスルー率。月次の推移で、クリックスルー率の低下や配信停止の増加をアラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsubscribe rate of emails to customer accounts</source>
        <translation>顧客アカウントへのメールの配信停止率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median hours from asked to answered, questions asked in the period</source>
        <translation>質問から回答までの時間の中央値（時間）。期間中の質問が対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions answered within the answer-within-hours setting / questions asked</source>
        <translation>回答期限（時間）の設定内に回答された質問数 ÷ 質問数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) - % detractors (0-6) of the responses in the period</source>
        <translation>推奨者（9～10）の割合 − 批判者（0～6）の割合。期間中の回答が対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses with a comment in the period, listed with their score</source>
        <translation>期間中のコメント付きの回答。スコアとともに一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers at the start who are no longer customers at the end / customers at the start</source>
        <translation>期首の顧客のうち期末に顧客でなくなった数 ÷ 期首の顧客数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR - churned and contracted ARR) / start ARR, accounts with ARR at the start</source>
        <translation>(期首 ARR − 解約・縮小 ARR) ÷ 期首 ARR。期首に ARR のあるアカウントが対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(start ARR + expansion - churned and contracted ARR) / start ARR</source>
        <translation>(期首 ARR + 拡大 − 解約・縮小 ARR) ÷ 期首 ARR</translation>
    </message>
</context>
<context>
    <name>metric groups</name>
    <message>
        <location line="-129"/>
        <source>ABM journey</source>
        <translation>ABM ジャーニー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the funnel</source>
        <translation>ファネル上部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community and nurture</source>
        <translation>コミュニティとナーチャリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction and loyalty</source>
        <translation>顧客満足度とロイヤルティ</translation>
    </message>
</context>
<context>
    <name>metric reasons</name>
    <message>
        <location line="+131"/>
        <source>Opens are under-counted when the reader&apos;s images are off; clicks show real engagement.</source>
        <translation>画像を表示しない読者の開封は数えられません。実際のエンゲージメントはクリックに表れます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More leads only means more dropped later if they are not qualified; count marketing-qualified leads instead.</source>
        <translation>リードが増えても、見込みがなければ後で脱落するだけです。代わりにマーケティング認定リード（MQL）を数えましょう。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurturing takes the time each customer&apos;s approvals need; track what moves deals, such as promotions, instead.</source>
        <translation>ナーチャリングには、顧客ごとの承認プロセスに必要な時間がかかります。代わりに、プロモーションなど取引を動かすものを追跡しましょう。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views show awareness only, not whether visitors act.</source>
        <translation>閲覧数は認知を示すだけで、訪問者が行動したかどうかは分かりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time on a page shows awareness only, not whether visitors act.</source>
        <translation>ページの滞在時間は認知を示すだけで、訪問者が行動したかどうかは分かりません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your workspace lists it as a vanity metric: it can rise while nothing that matters does.</source>
        <translation>このワークスペースではバニティ指標に設定されています：重要なものが何も動かなくても上昇することがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your workspace lists it for caution: read it only beside the metric it points to.</source>
        <translation>このワークスペースでは注意指標に設定されています：関連する指標と並べて読んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics we don&apos;t steer by, and why</source>
        <translation>判断に使わない指標とその理由</translation>
    </message>
</context>
<context>
    <name>metric units</name>
    <message>
        <location line="-140"/>
        <source>share between 0 and 1, shown as a percentage</source>
        <translation>0～1 の割合（パーセントで表示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbounded fraction (may be negative or above 1), shown as a percentage</source>
        <translation>上限のない比率（負や 1 超もあり、パーセントで表示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of things</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workspace currency</source>
        <translation>ワークスペースの通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times (x)</source>
        <translation>倍（x）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net promoter score, -100 to 100</source>
        <translation>ネットプロモータースコア（−100～100）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagement lead score points</source>
        <translation>エンゲージメントリードスコアのポイント</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location line="+6"/>
        <source>Email open rate</source>
        <translation>メール開封率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click-through rate</source>
        <translation>メールのクリックスルー率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-open rate</source>
        <translation>クリック開封率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate</source>
        <translation>配信停止率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content engagement</source>
        <translation>コンテンツエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form fills</source>
        <translation>フォーム入力数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form conversion</source>
        <translation>フォームのコンバージョン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTA conversion along the journey</source>
        <translation>ジャーニーに沿った CTA コンバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos booked</source>
        <translation>予約された電話・デモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and demos held</source>
        <translation>実施された電話・デモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting no-show rate</source>
        <translation>ミーティングの無断欠席率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed deals won</source>
        <translation>成約した取引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won amount</source>
        <translation>成約金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>成約率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account NPS</source>
        <translation>アカウント NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer retention rate</source>
        <translation>顧客維持率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw leads</source>
        <translation>リード数（未選別）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing-qualified leads</source>
        <translation>マーケティング認定リード（MQL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales-qualified leads</source>
        <translation>営業認定リード（SQL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQL-to-SQL conversion</source>
        <translation>MQL から SQL へのコンバージョン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per MQL</source>
        <translation>MQL あたりコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead score of new leads</source>
        <translation>新規リードのリードスコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated prospects</source>
        <translation>再開した見込み客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion rate</source>
        <translation>リードコンバージョン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign ROI</source>
        <translation>キャンペーン ROI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>顧客獲得コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lifetime value</source>
        <translation>顧客生涯価値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales cycle length</source>
        <translation>販売サイクルの長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion conversions</source>
        <translation>プロモーションによるコンバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of wins on a promotion</source>
        <translation>プロモーションによる成約の割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web visits</source>
        <translation>Web 訪問数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organic and free traffic share</source>
        <translation>オーガニック・無料トラフィックの割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landing page conversion</source>
        <translation>ランディングページのコンバージョン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page views</source>
        <translation>ページビュー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time on page</source>
        <translation>ページの平均滞在時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce rate</source>
        <translation>直帰率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media mentions</source>
        <translation>メディア掲載数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social engagement</source>
        <translation>ソーシャルエンゲージメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged community</source>
        <translation>エンゲージしたコミュニティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture email click-through rate</source>
        <translation>ナーチャリングメールのクリックスルー率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture unsubscribe rate</source>
        <translation>ナーチャリングメールの配信停止率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to answer questions</source>
        <translation>質問への回答時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered in time</source>
        <translation>期限内に回答した質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net promoter score</source>
        <translation>ネットプロモータースコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey comments</source>
        <translation>アンケートのコメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo churn rate</source>
        <translation>ロゴチャーン率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue retention</source>
        <translation>グロス収益維持率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue retention</source>
        <translation>ネット収益維持率</translation>
    </message>
</context>
<context>
    <name>na reasons</name>
    <message>
        <location filename="../../desktop/shared/wording/reasons.py" line="+19"/>
        <source>no campaign costs imported</source>
        <translation>キャンペーンコストがインポートされていない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no campaign costs imported and no sales and marketing cost set</source>
        <translation>キャンペーンコストがインポートされておらず、営業・マーケティングコストも設定されていない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no subscriptions imported</source>
        <translation>サブスクリプションがインポートされていない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NPS survey imported</source>
        <translation>NPS アンケートがインポートされていない</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
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
        <translation>%1／%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available: %1.</source>
        <translation>該当なし：%1。</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <location filename="../../desktop/shared/wording/segments.py" line="+31"/>
        <source>not enough customers in both bands to compare (at-risk customers: %1, healthy ones: %2)</source>
        <translation>比較できるほど両方の区分に顧客がいない（リスクありの顧客：%1、健全な顧客：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no at-risk customers churned and none of the healthy ones did (%1 of %2 vs %3 of %4)</source>
        <translation>リスクありの顧客も健全な顧客も解約しなかった（%2 件中 %1 対 %4 件中 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned (%1 of %2 vs %3 of %4) and none of the healthy ones did</source>
        <translation>リスクありの顧客は解約したが（%2 件中 %1 対 %4 件中 %3）、健全な顧客は1件も解約しなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at-risk customers churned %1x as often as healthy ones (%2 of %3 vs %4 of %5)</source>
        <translation>リスクありの顧客は健全な顧客の %1 倍の頻度で解約した（%3 件中 %2 対 %5 件中 %4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough prospects in both bands to compare (hot prospects: %1, cold ones: %2)</source>
        <translation>比較できるほど両方の区分に見込み客がいない（ホットな見込み客：%1、コールドな見込み客：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no hot prospects opened an opportunity and none of the cold ones did (%1 of %2 vs %3 of %4)</source>
        <translation>ホットな見込み客もコールドな見込み客も商談を作成しなかった（%2 件中 %1 対 %4 件中 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity (%1 of %2 vs %3 of %4) and none of the cold ones did</source>
        <translation>ホットな見込み客は商談を作成したが（%2 件中 %1 対 %4 件中 %3）、コールドな見込み客は1件も作成しなかった</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hot prospects opened an opportunity %1x as often as cold ones (%2 of %3 vs %4 of %5)</source>
        <translation>ホットな見込み客はコールドな見込み客の %1 倍の頻度で商談を作成した（%3 件中 %2 対 %5 件中 %4）</translation>
    </message>
</context>
<context>
    <name>write_access</name>
    <message>
        <location filename="../../desktop/shared/write_access.py" line="+38"/>
        <source>Your database user has no role on this team workspace; this needs the %1 role.</source>
        <translation>お使いのデータベースユーザーには、このチームワークスペースでのロールがありません。この操作には %1 ロールが必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database user has the %1 role on this team workspace; this needs the %2 role.</source>
        <translation>お使いのデータベースユーザーのロールは、このチームワークスペースでは %1 です。この操作には %2 ロールが必要です。</translation>
    </message>
</context>
</TS>
