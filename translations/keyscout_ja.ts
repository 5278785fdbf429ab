<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Capabilities</name>
    <message>
        <source>model %1</source>
        <translation>モデル %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>データセット %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of organisation %1</source>
        <translation>組織 %1 のモデル、データセット、Space</translation>
    </message>
    <message>
        <source>your models, datasets and Spaces</source>
        <translation>あなたのモデル、データセット、Space</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of %1</source>
        <translation>%1 のモデル、データセット、Space</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>あなたのアカウント</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Can push to %1</source>
        <translation>%1 にプッシュできます</translation>
    </message>
    <message>
        <source>Can download %1, private ones included</source>
        <translation>%1（非公開のものを含む）をダウンロードできます</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on %1</source>
        <translation>%1 でディスカッションとプルリクエストを作成できます</translation>
    </message>
    <message>
        <source>Has permission %1 on %2</source>
        <translation>%2 に対する権限 %1 があります</translation>
    </message>
    <message>
        <source>Can read the settings and members of %1</source>
        <translation>%1 の設定とメンバーを読み取れます</translation>
    </message>
    <message>
        <source>Can change the settings of %1</source>
        <translation>%1 の設定を変更できます</translation>
    </message>
    <message>
        <source>Can read the collections of %1</source>
        <translation>%1 のコレクションを読み取れます</translation>
    </message>
    <message>
        <source>Can change the collections of %1</source>
        <translation>%1 のコレクションを変更できます</translation>
    </message>
    <message>
        <source>Can make Inference Provider calls billed to %1</source>
        <translation>%1 に課金される Inference Providers の呼び出しができます</translation>
    </message>
    <message>
        <source>Can call the Inference Endpoints of %1</source>
        <translation>%1 の Inference Endpoints を呼び出せます</translation>
    </message>
    <message>
        <source>Can create, change and delete the Inference Endpoints of %1</source>
        <translation>%1 の Inference Endpoints を作成・変更・削除できます</translation>
    </message>
    <message>
        <source>Can read the webhooks of %1</source>
        <translation>%1 の Webhook を読み取れます</translation>
    </message>
    <message>
        <source>Can create and change the webhooks of %1</source>
        <translation>%1 の Webhook を作成・変更できます</translation>
    </message>
    <message>
        <source>Can read the billing of %1</source>
        <translation>%1 の請求情報を読み取れます</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on any repository you can see</source>
        <translation>閲覧できるすべてのリポジトリでディスカッションとプルリクエストを作成できます</translation>
    </message>
    <message>
        <source>Can publish posts as you</source>
        <translation>あなたとして投稿を公開できます</translation>
    </message>
    <message>
        <source>Has the global permission %1</source>
        <translation>グローバル権限 %1 があります</translation>
    </message>
    <message>
        <source>Acts as organisation %1</source>
        <translation>組織 %1 として動作します</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces</source>
        <translation>あなたのモデル、データセット、Space に書き込み（プッシュ）できます</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces and to those of the organisation where you have write access: %1</source>
        <translation>あなたのモデル、データセット、Space と、書き込み権限を持つ組織のそれらに書き込み（プッシュ）できます：%1</translation>
    </message>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>あなたのモデル、データセット、Space と、書き込み権限を持つ %n 個の組織のそれらに書き込み（プッシュ）できます：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download your private and gated repositories</source>
        <translation>あなたの非公開リポジトリとゲート付きリポジトリをダウンロードできます</translation>
    </message>
    <message>
        <source>Read-only: can download your private and gated repositories</source>
        <translation>読み取り専用：あなたの非公開リポジトリとゲート付きリポジトリをダウンロードできます</translation>
    </message>
    <message>
        <source>Can download the private repositories of the organisation you belong to: %1</source>
        <translation>あなたが所属する組織の非公開リポジトリをダウンロードできます：%1</translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>あなたが所属する %n 個の組織の非公開リポジトリをダウンロードできます：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download the gated repositories you have been granted access to</source>
        <translation>アクセスを許可されたゲート付きリポジトリをダウンロードできます</translation>
    </message>
    <message>
        <source>Fine-grained token without permissions: it can only say who you are</source>
        <translation>権限のない fine-grained トークン：あなたが誰かを示すことしかできません</translation>
    </message>
    <message>
        <source>Legacy token (%1 role): reissue it as fine-grained</source>
        <translation>従来型トークン（%1 ロール）：fine-grained トークンとして再発行してください</translation>
    </message>
    <message>
        <source>Can use the %1 API</source>
        <translation>%1 API を使用できます</translation>
    </message>
    <message>
        <source>Can use the %1 API as %2</source>
        <translation>%2 として %1 API を使用できます</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>トークンのスコープ：%1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>権限：%1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>acts as %1</source>
        <translation>%1 として動作</translation>
    </message>
    <message>
        <source>acts as %1 (%2)</source>
        <translation>%1（%2）として動作</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>トークン「%1」</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有効：%1</translation>
    </message>
    <message>
        <source>Invalid, expired or revoked (HTTP %1)</source>
        <translation>無効、期限切れ、または失効済み（HTTP %1）</translation>
    </message>
    <message>
        <source>Exists but was denied (HTTP 403)</source>
        <translation>存在しますが拒否されました（HTTP 403）</translation>
    </message>
    <message>
        <source>Rate limited: ask again in %1 s</source>
        <translation>レート制限中：%1 秒後に再確認してください</translation>
    </message>
    <message>
        <source>Rate limited: ask again later</source>
        <translation>レート制限中：しばらくしてから再確認してください</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>Not checked: network error</source>
        <translation>未確認：ネットワークエラー</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未確認：%1</translation>
    </message>
    <message>
        <source>No online check exists for this provider</source>
        <translation>このプロバイダーにはオンライン確認がありません</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>Check cache</source>
        <translation>確認結果キャッシュ</translation>
    </message>
    <message>
        <source>cannot read the result (%1)</source>
        <translation>結果を読み取れません（%1）</translation>
    </message>
    <message>
        <source>cannot save the result (%1)</source>
        <translation>結果を保存できません（%1）</translation>
    </message>
    <message>
        <source>cannot remove the result (%1)</source>
        <translation>結果を削除できません（%1）</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>keyscout: the staged files could not be checked: %1
</source>
        <translation>keyscout: ステージされたファイルを確認できませんでした：%1
</translation>
    </message>
    <message>
        <source>keyscout: not checked (too large or unreadable): %1
</source>
        <translation>keyscout: 確認していません（大きすぎるか読み取れません）：%1
</translation>
    </message>
    <message>
        <source>keyscout: the commit is stopped; the staged files hold secrets:
</source>
        <translation>keyscout: コミットを中止しました。ステージされたファイルにシークレットが含まれています：
</translation>
    </message>
    <message>
        <source>Take the secrets out of these files (and restage them), then commit again. A token that was
ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check once.
</source>
        <translation>これらのファイルからシークレットを取り除いて（再度ステージして）から、もう一度コミットしてください。一度でも
プッシュしたトークンは失効させる必要もあります。誤検知の場合、`git commit --no-verify` で一度だけこの確認を省略できます。
</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>New (not looked at yet)</source>
        <translation>新規（未判定）</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted (the file was left as it was)</source>
        <translation>中断（ファイルは元のまま）</translation>
    </message>
    <message>
        <source>prepared, not written</source>
        <translation>準備済み、未書き込み</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン対象</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>中止：結果は部分的です</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>読み取ったファイル</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Folders read</source>
        <translation>読み取ったフォルダー</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git 履歴</translation>
    </message>
    <message>
        <source>repositories: %1, commits and blobs: %2</source>
        <translation>リポジトリ：%1、コミットと blob：%2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>items: %1, errors among them: %2</source>
        <translation>項目：%1、うちエラー：%2</translation>
    </message>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>version %1, rules %2 (%3 rules)</source>
        <translation>バージョン %1、ルール %2（ルール数 %3）</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>places</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>model files that run code or are malformed</source>
        <translation>コードを実行するか不正な形式のモデルファイル</translation>
    </message>
    <message>
        <source>Secrets by severity</source>
        <translation>重大度別のシークレット</translation>
    </message>
    <message>
        <source>Findings by provider</source>
        <translation>プロバイダー別の検出結果</translation>
    </message>
    <message>
        <source>Findings by kind of place</source>
        <translation>場所の種類別の検出結果</translation>
    </message>
    <message>
        <source>An unreachable git object (amended away, a dropped stash or a reset).</source>
        <translation>到達不能な Git オブジェクト（amend で消えたもの、破棄された stash、または reset）。</translation>
    </message>
    <message>
        <source>In the repository&apos;s configuration.</source>
        <translation>リポジトリの設定内。</translation>
    </message>
    <message>
        <source>Committed in %1 by %2 on %3: %4</source>
        <translation>コミット %1（作成者 %2、%3）：%4</translation>
    </message>
    <message>
        <source>Contained in: %1</source>
        <translation>含まれている参照：%1</translation>
    </message>
    <message>
        <source>Pushed to %1: revoking the secret is the only fix.</source>
        <translation>%1 にプッシュ済み：対処法はシークレットの失効だけです。</translation>
    </message>
    <message>
        <source>File: %1 bytes, mode %2, owner %3, modified %4</source>
        <translation>ファイル：%1 バイト、モード %2、所有者 %3、更新日時 %4</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>検出結果 ID</translation>
    </message>
    <message>
        <source>Nothing to check: a model file holds no secret.</source>
        <translation>確認するものはありません：モデルファイルにシークレットは含まれません。</translation>
    </message>
    <message>
        <source>Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, after asking.</source>
        <translation>未確認。依頼しない限り、トークンを確認するために何かが送信されることはありません：keyscout verify は、確認を求めた上で送信します。</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>確認日時 %1</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>判定日時 %1</translation>
    </message>
    <message>
        <source>Changes Keyscout made to these files:</source>
        <translation>Keyscout がこれらのファイルに加えた変更：</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>The same token is in a CI or deployment file and in a personal place: each environment should have its own.</source>
        <translation>同じトークンが CI またはデプロイのファイルと個人の場所の両方にあります：環境ごとに別のトークンを使ってください。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次に行うこと</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>場所（%1）</translation>
    </message>
    <message>
        <source>Skipped, notices and errors</source>
        <translation>スキップ、通知、エラー</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>スキップしたものはありません。</translation>
    </message>
    <message>
        <source>Could not scan %1</source>
        <translation>%1 をスキャンできませんでした</translation>
    </message>
    <message>
        <source>Rule file rejected: %1</source>
        <translation>ルールファイルを拒否しました：%1</translation>
    </message>
    <message>
        <source>Read differently</source>
        <translation>別の方法で読み取ったもの</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>Every skipped item</source>
        <translation>スキップしたすべての項目</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Scanned root</source>
        <translation>スキャンしたルート</translation>
    </message>
    <message>
        <source>Scanned host</source>
        <translation>スキャンしたホスト</translation>
    </message>
    <message>
        <source>Homes scanned</source>
        <translation>スキャンしたホームフォルダー</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>スキャン実行者</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Scan time</source>
        <translation>スキャン日時</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Keyscout %1, rules %2</source>
        <translation>Keyscout %1、ルール %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Network used</source>
        <translation>ネットワークの使用</translation>
    </message>
    <message>
        <source>Running processes read</source>
        <translation>実行中のプロセスの読み取り</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>(not hashed)</source>
        <translation>（ハッシュ未計算）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Oldest first. ~ marks a time that only bounds when the secret appeared (a file&apos;s modification time).</source>
        <translation>古い順。~ の付いた時刻は、シークレットが現れた時期を限定するだけのもの（ファイルの更新日時）です。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Keyscout report: secrets found: %1</source>
        <translation>Keyscout レポート：見つかったシークレット：%1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation&apos;s language</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Every secret is masked: the report shows where each one is, not what it is.</source>
        <translation>すべてのシークレットはマスクされています：このレポートは各シークレットの場所を示しますが、その内容は示しません。</translation>
    </message>
    <message>
        <source>This report contains raw secrets. Only you can read the file; do not share it, and delete it once the secrets are revoked.</source>
        <translation>このレポートにはマスクされていないシークレットが含まれています。このファイルを読み取れるのはあなただけです。共有せず、シークレットを失効させたら削除してください。</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>場所：%1</translation>
    </message>
    <message>
        <source>No secret was found.</source>
        <translation>シークレットは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Made by Keyscout %1 on %2.</source>
        <translation>Keyscout %1 により %2 に作成しました。</translation>
    </message>
</context>
<context>
    <name>IPythonHistory</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません：%1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>SQLite データベースではありません（ファイルが &quot;SQLite format 3&quot; で始まっていません）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>cannot write the temporary copy %1: %2</source>
        <translation>一時コピー %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>読み取りが中止されました</translation>
    </message>
    <message>
        <source>not an SQLite database (%1)</source>
        <translation>SQLite データベースではありません（%1）</translation>
    </message>
    <message>
        <source>the database is corrupt (%1)</source>
        <translation>データベースが破損しています（%1）</translation>
    </message>
    <message>
        <source>SQLite cannot read the database (%1)</source>
        <translation>SQLite がデータベースを読み取れません（%1）</translation>
    </message>
    <message>
        <source>— the file is truncated: %1 of the %2 bytes its header announces</source>
        <translation>— ファイルが途中で切れています：ヘッダーが示す %2 バイトのうち %1 バイトです</translation>
    </message>
    <message>
        <source>not an IPython history database (it has no history table)</source>
        <translation>IPython 履歴データベースではありません（history テーブルがありません）</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist</source>
        <translation>非公開の一時フォルダーを作成できません：一時フォルダー（TMPDIR）が存在しません</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>%1 に非公開の一時フォルダーを作成できません：%2</translation>
    </message>
    <message>
        <source>the file kept changing while it was copied (a program is writing it): rows may be missing</source>
        <translation>コピー中にファイルが変更され続けました（プログラムが書き込み中です）：行が欠けている可能性があります</translation>
    </message>
    <message>
        <source>the temporary copy in %1 could not be deleted</source>
        <translation>%1 内の一時コピーを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Keyscout will use %1 from its next start.</source>
        <translation>Keyscout は次回の起動から %1 を使用します。</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>PrivateDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）を利用できません</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません：%2</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>ファイルを作成できません：%1</translation>
    </message>
    <message>
        <source>cannot write to the file: %1</source>
        <translation>ファイルに書き込めません：%1</translation>
    </message>
    <message>
        <source>cannot write to its folder %1: %2</source>
        <translation>そのフォルダー %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>cannot read it as an SQLite database (%1)</source>
        <translation>SQLite データベースとして読み取れません（%1）</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know (it reads version %3); the file is left unchanged</source>
        <translation>%1 のスキーマバージョン %2 で書き込まれていますが、この Keyscout はこのバージョンを認識できません（読み取れるのはバージョン %3）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know</source>
        <translation>%1 のスキーマバージョン %2 で書き込まれていますが、この Keyscout はこのバージョンを認識できません</translation>
    </message>
    <message>
        <source>refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 lower-case hex characters)</source>
        <translation>シークレットのフィンガープリント（シークレットの SHA-256 を小文字の 16 進数 64 文字で表したもの）ではないキーを拒否しました</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ScopePlan</name>
    <message numerus="yes">
        <source>%n file(s) were not read (too large or unreadable).</source>
        <translation>
            <numerusform>%n 個のファイルを読み取りませんでした（大きすぎるか読み取れません）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStore</name>
    <message>
        <source>Triage database</source>
        <translation>トリアージ判定データベース</translation>
    </message>
    <message>
        <source>cannot read the decision (%1)</source>
        <translation>判定を読み取れません（%1）</translation>
    </message>
    <message>
        <source>cannot read the decisions (%1)</source>
        <translation>判定の一覧を読み取れません（%1）</translation>
    </message>
    <message>
        <source>cannot save the decision (%1)</source>
        <translation>判定を保存できません（%1）</translation>
    </message>
    <message>
        <source>cannot remove the decision (%1)</source>
        <translation>判定を削除できません（%1）</translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message>
        <source>Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. If it is a classic read or write token, replace it with a fine-grained one.</source>
        <translation>クリーンアップするものはありません：huggingface_hub はこのトークンを本来の場所に、あなただけが読み取れる状態で保管しています。従来型の read または write トークンであれば、fine-grained トークンに置き換えてください。</translation>
    </message>
    <message>
        <source>Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete stale runtime files.</source>
        <translation>Jupyter サーバーまたはカーネルがまだ動作している場合は停止し（新しく起動したものには新しいトークンが発行されます）、古いランタイムファイルを削除してください。</translation>
    </message>
    <message>
        <source>Treat it as leaked: revoke it first</source>
        <translation>漏えいしたものとして扱い、まず失効させてください</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>失効させてください</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s console.</source>
        <translation>%1（%2 のコンソールで）。</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1（%2 で）。</translation>
    </message>
    <message>
        <source>Create its replacement as a fine-grained token with only the permissions you use: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</source>
        <translation>置き換え用のトークンは、使用する権限だけを持つ fine-grained トークンとして作成してください：https://huggingface.co/settings/tokens/new?tokenType=fineGrained</translation>
    </message>
    <message>
        <source>Give CI and deployment their own token, kept in the CI&apos;s secret store, and keep yours for yourself.</source>
        <translation>CI とデプロイには CI のシークレットストアに保管した専用のトークンを割り当て、あなたのトークンは自分専用にしてください。</translation>
    </message>
    <message>
        <source>Clear the notebook&apos;s outputs (Jupyter: Edit → Clear Outputs of All Cells, or `nbstripout %1`), and its .ipynb_checkpoints copy.</source>
        <translation>ノートブックの出力（Jupyter: Edit → Clear Outputs of All Cells、または `nbstripout %1`）と、その .ipynb_checkpoints 内のコピーを消去してください。</translation>
    </message>
    <message>
        <source>In notebooks, read the token from the environment or `huggingface_hub.login()` instead of writing it in a cell.</source>
        <translation>ノートブックでは、トークンをセルに書かずに、環境変数から読み込むか `huggingface_hub.login()` を使ってください。</translation>
    </message>
    <message>
        <source>Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a prompt rather than on the command line.</source>
        <translation>%1 から該当する行を削除し（bash: `history -d N` の後に `history -w`）、トークンはコマンドラインではなくプロンプトで入力してください。</translation>
    </message>
    <message>
        <source>Delete the rows from IPython&apos;s history.sqlite and run VACUUM, so no copy stays in free pages.</source>
        <translation>IPython の history.sqlite から該当する行を削除して VACUUM を実行し、空きページにコピーが残らないようにしてください。</translation>
    </message>
    <message>
        <source>Remove the token from %1; load it from a secret store or the token store at run time.</source>
        <translation>%1 からトークンを削除し、実行時にシークレットストアまたはトークンストアから読み込んでください。</translation>
    </message>
    <message>
        <source>Remove the line from ~/.git-credentials and use a credential helper that encrypts (libsecret, or `git config --global credential.helper cache`).</source>
        <translation>~/.git-credentials からその行を削除し、暗号化する認証情報ヘルパー（libsecret、または `git config --global credential.helper cache`）を使ってください。</translation>
    </message>
    <message>
        <source>Log in again with a Docker credential store (docker-credential-secretservice) so no password stays in config.json.</source>
        <translation>Docker の認証情報ストア（docker-credential-secretservice）を使って再ログインし、config.json にパスワードが残らないようにしてください。</translation>
    </message>
    <message>
        <source>Replace the key in %1 with the new one, and keep the file readable only by you.</source>
        <translation>%1 のキーを新しいキーに置き換え、ファイルはあなただけが読み取れる状態にしてください。</translation>
    </message>
    <message>
        <source>Log in again (`hf auth login`) so the token store holds only the new token, readable only by you.</source>
        <translation>再ログイン（`hf auth login`）して、トークンストアにはあなただけが読み取れる新しいトークンだけが入るようにしてください。</translation>
    </message>
    <message>
        <source>Restart the programs that hold it, after removing it from where it was set (a shell start-up file, a launcher).</source>
        <translation>トークンを設定元（シェルの起動ファイル、ランチャー）から削除した後、それを保持しているプログラムを再起動してください。</translation>
    </message>
    <message>
        <source>Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit stays in every clone.</source>
        <translation>トークンを含む履歴の書き換え（git filter-repo）は、失効させた後にのみ行ってください：プッシュされたコミットはすべてのクローンに残ります。</translation>
    </message>
    <message>
        <source>Remove the token from %1 and read it from the environment or a secret store.</source>
        <translation>%1 からトークンを削除し、環境変数またはシークレットストアから読み込んでください。</translation>
    </message>
    <message>
        <source>Add %1 to .gitignore before anything is committed.</source>
        <translation>何かをコミットする前に、%1 を .gitignore に追加してください。</translation>
    </message>
    <message>
        <source>%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.</source>
        <translation>%1 は Git で追跡されています：リポジトリから外して（`git rm --cached`）から、無視するよう設定してください。</translation>
    </message>
    <message>
        <source>Make %1 readable only by you (`chmod 600`).</source>
        <translation>%1 をあなただけが読み取れる状態にしてください（`chmod 600`）。</translation>
    </message>
    <message>
        <source>Scan again: no copy of the old token should be left.</source>
        <translation>再スキャンしてください：古いトークンのコピーが残っていてはいけません。</translation>
    </message>
    <message>
        <source>Checkpoint of notebook %1</source>
        <translation>ノートブック %1 のチェックポイント</translation>
    </message>
    <message>
        <source>Notebook %1</source>
        <translation>ノートブック %1</translation>
    </message>
    <message>
        <source>%1, cell %2, line %3</source>
        <translation>%1、セル %2、%3 行目</translation>
    </message>
    <message>
        <source>%1, cell %2 output (%3), line %4</source>
        <translation>%1、セル %2 の出力（%3）、%4 行目</translation>
    </message>
    <message>
        <source>%1, cell %2 attachment, line %3</source>
        <translation>%1、セル %2 の添付ファイル、%3 行目</translation>
    </message>
    <message>
        <source>%1, cell %2 metadata, file line %3</source>
        <translation>%1、セル %2 のメタデータ、ファイルの %3 行目</translation>
    </message>
    <message>
        <source>%1, widget state, file line %2</source>
        <translation>%1、ウィジェットの状態、ファイルの %2 行目</translation>
    </message>
    <message>
        <source>%1, notebook metadata, file line %2</source>
        <translation>%1、ノートブックのメタデータ、ファイルの %2 行目</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation>（ユーザー %1）</translation>
    </message>
    <message>
        <source>Git configuration of %1, line %2</source>
        <translation>%1 の Git 設定、%2 行目</translation>
    </message>
    <message>
        <source>Git history of %1: unreachable blob %2, line %3</source>
        <translation>%1 の Git 履歴：到達不能な blob %2、%3 行目</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>コミットメッセージ</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in unreachable commit %3 (%4), line %5</source>
        <translation>%1 の Git 履歴：到達不能なコミット %3（%4）の %2、%5 行目</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in commit %3 (%4), line %5</source>
        <translation>%1 の Git 履歴：コミット %3（%4）の %2、%5 行目</translation>
    </message>
    <message>
        <source>Running process %1</source>
        <translation>実行中のプロセス %1</translation>
    </message>
    <message>
        <source>Running process %1 (pid %2)</source>
        <translation>実行中のプロセス %1（pid %2）</translation>
    </message>
    <message>
        <source>%1, command line</source>
        <translation>%1、コマンドライン</translation>
    </message>
    <message>
        <source>%1, variable %2</source>
        <translation>%1、変数 %2</translation>
    </message>
    <message>
        <source>, session of %1</source>
        <translation>、%1 のセッション</translation>
    </message>
    <message>
        <source>IPython history, session %1, Out[%2]%3</source>
        <translation>IPython 履歴、セッション %1、Out[%2]%3</translation>
    </message>
    <message>
        <source>IPython history, session %1, In [%2]%3</source>
        <translation>IPython 履歴、セッション %1、In [%2]%3</translation>
    </message>
    <message>
        <source>IPython history %1, deleted rows or free pages</source>
        <translation>IPython 履歴 %1、削除された行または空きページ</translation>
    </message>
    <message>
        <source>Hugging Face saved tokens, line %1</source>
        <translation>Hugging Face の保存済みトークン、%1 行目</translation>
    </message>
    <message>
        <source>Hugging Face saved token “%1”, line %2</source>
        <translation>Hugging Face の保存済みトークン「%1」、%2 行目</translation>
    </message>
    <message>
        <source>Hugging Face token store (%1)</source>
        <translation>Hugging Face のトークンストア（%1）</translation>
    </message>
    <message>
        <source>Git credentials file, line %1</source>
        <translation>Git 認証情報ファイル、%1 行目</translation>
    </message>
    <message>
        <source>Git credentials for %1%2, line %3</source>
        <translation>%1%2 の Git 認証情報、%3 行目</translation>
    </message>
    <message>
        <source>Network login file .netrc, line %1</source>
        <translation>ネットワークログインファイル .netrc、%1 行目</translation>
    </message>
    <message>
        <source>Network login file .netrc, machine %1%2, line %3</source>
        <translation>ネットワークログインファイル .netrc、マシン %1%2、%3 行目</translation>
    </message>
    <message>
        <source>Kaggle API key file</source>
        <translation>Kaggle API キーファイル</translation>
    </message>
    <message>
        <source>AWS credentials file, line %1</source>
        <translation>AWS 認証情報ファイル、%1 行目</translation>
    </message>
    <message>
        <source>Docker registry logins, line %1</source>
        <translation>Docker レジストリのログイン情報、%1 行目</translation>
    </message>
    <message>
        <source>Docker login for %1%2, line %3</source>
        <translation>%1%2 の Docker ログイン情報、%3 行目</translation>
    </message>
    <message>
        <source>Shell history %1, line %2, run %3</source>
        <translation>シェル履歴 %1、%2 行目、実行日時 %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2</source>
        <translation>シェル履歴 %1、%2 行目</translation>
    </message>
    <message>
        <source>Conda environment %1</source>
        <translation>Conda 環境 %1</translation>
    </message>
    <message>
        <source>Shell start-up file %1</source>
        <translation>シェルの起動ファイル %1</translation>
    </message>
    <message>
        <source>Conda activation script %1</source>
        <translation>Conda のアクティベーションスクリプト %1</translation>
    </message>
    <message>
        <source>Environment file %1</source>
        <translation>環境ファイル %1</translation>
    </message>
    <message>
        <source>%1, variable %2, line %3</source>
        <translation>%1、変数 %2、%3 行目</translation>
    </message>
    <message>
        <source>Jupyter runtime file %1, line %2</source>
        <translation>Jupyter ランタイムファイル %1、%2 行目</translation>
    </message>
    <message>
        <source>Compressed file %1, line %2 of its content</source>
        <translation>圧縮ファイル %1、展開後の内容の %2 行目</translation>
    </message>
    <message>
        <source>Binary file %1, byte %2</source>
        <translation>バイナリファイル %1、%2 バイト目</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>ファイル %1、%2 行目</translation>
    </message>
    <message>
        <source>stored properly</source>
        <translation>適切に保管</translation>
    </message>
    <message>
        <source>private file</source>
        <translation>非公開ファイル</translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>notebook output</source>
        <translation>ノートブックの出力</translation>
    </message>
    <message>
        <source>live process</source>
        <translation>実行中のプロセス</translation>
    </message>
    <message>
        <source>readable by the group</source>
        <translation>グループが読み取り可能</translation>
    </message>
    <message>
        <source>readable by every user</source>
        <translation>全ユーザーが読み取り可能</translation>
    </message>
    <message>
        <source>git repository with a remote</source>
        <translation>リモートのある Git リポジトリ</translation>
    </message>
    <message>
        <source>git history</source>
        <translation>Git 履歴</translation>
    </message>
    <message>
        <source>published (pushed)</source>
        <translation>公開済み（プッシュ済み）</translation>
    </message>
    <message>
        <source>Kept by huggingface_hub where it belongs, readable only by you.</source>
        <translation>huggingface_hub が本来の場所に保管しており、あなただけが読み取れます。</translation>
    </message>
    <message>
        <source>Plain text in a file only you can read.</source>
        <translation>あなただけが読み取れるファイル内の平文です。</translation>
    </message>
    <message>
        <source>Kept in a history, which lives on after the command: anything that reads or syncs your home folder reads it.</source>
        <translation>履歴に保存されており、コマンドの実行後も残ります：ホームフォルダーを読み取ったり同期したりするものは、すべてこれを読み取ります。</translation>
    </message>
    <message>
        <source>Saved in a notebook&apos;s output: one commit or one shared notebook away from publication.</source>
        <translation>ノートブックの出力に保存されています：コミット 1 回、またはノートブックの共有 1 回で公開されてしまいます。</translation>
    </message>
    <message>
        <source>In a running program&apos;s environment or command line, and in every program it starts.</source>
        <translation>実行中のプログラムの環境変数またはコマンドラインにあり、そのプログラムが起動するすべてのプログラムにも引き継がれます。</translation>
    </message>
    <message>
        <source>The file can be read by every member of its group.</source>
        <translation>このファイルはグループの全メンバーが読み取れます。</translation>
    </message>
    <message>
        <source>The file can be read by every user of this machine.</source>
        <translation>このファイルはこのマシンの全ユーザーが読み取れます。</translation>
    </message>
    <message>
        <source>In an unreachable object of %1&apos;s history (amended away, reset or a dropped stash): no branch shows it, but the object database still holds it.</source>
        <translation>%1 の履歴の到達不能なオブジェクト（amend、reset、または破棄された stash で消えたもの）にあります：どのブランチにも表示されませんが、オブジェクトデータベースにはまだ残っています。</translation>
    </message>
    <message>
        <source>Committed in %1&apos;s history, not pushed: it can still be rewritten locally.</source>
        <translation>%1 の履歴にコミットされていますが、プッシュされていません：まだローカルで書き換えられます。</translation>
    </message>
    <message>
        <source>In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history does not reach the copies others have.</source>
        <translation>%1 に含まれるコミット内にあります：プッシュ済みです%2。対処法は失効だけです。履歴を書き換えても、他の人が持つコピーには届きません。</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>（プッシュ先: %1）</translation>
    </message>
    <message>
        <source>In the git working tree %1, whose remote %2 is on %3.</source>
        <translation>Git の作業ツリー %1 にあり、そのリモート %2 は %3 にあります。</translation>
    </message>
    <message>
        <source>a local path</source>
        <translation>ローカルパス</translation>
    </message>
    <message>
        <source>The file is tracked: the secret is committed or staged.</source>
        <translation>このファイルは追跡されています：シークレットはコミット済みかステージ済みです。</translation>
    </message>
    <message>
        <source>The file is not ignored: one commit and one push away.</source>
        <translation>このファイルは無視されていません：コミットとプッシュを 1 回ずつ行えば公開されます。</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which ignores this file.</source>
        <translation>Git の作業ツリー %1 にあり、このファイルは無視されています。</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which has no remote.</source>
        <translation>Git の作業ツリー %1 にありますが、リモートはありません。</translation>
    </message>
    <message>
        <source>The token no longer works (revoked or expired): remove the copies that are left; there is nothing to revoke.</source>
        <translation>このトークンはもう機能しません（失効済みまたは期限切れ）：残っているコピーを削除してください。失効させる必要はありません。</translation>
    </message>
    <message>
        <source>Published in a pushed commit: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>プッシュされたコミットで公開されています：侵害されたものとして扱ってください。今すぐ失効させ、再発行して、すべてのコピーを削除してください。</translation>
    </message>
    <message>
        <source>Published in a commit pushed to %1: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>%1 にプッシュされたコミットで公開されています：侵害されたものとして扱ってください。今すぐ失効させ、再発行して、すべてのコピーを削除してください。</translation>
    </message>
    <message>
        <source>It could write: check the repositories it could change for commits you did not make.</source>
        <translation>書き込みが可能でした：変更できたリポジトリに、あなたが行っていないコミットがないか確認してください。</translation>
    </message>
    <message>
        <source>Kept only in Hugging Face&apos;s token store, readable only by you: nothing leaked.</source>
        <translation>Hugging Face のトークンストアにのみ保管され、あなただけが読み取れます：漏えいはありません。</translation>
    </message>
    <message>
        <source>Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.</source>
        <translation>露出しています（%1）：失効させて fine-grained トークンとして再発行し、すべてのコピーを削除してください。</translation>
    </message>
    <message>
        <source>It is a classic %1 token: reissue it as fine-grained, whatever its age.</source>
        <translation>従来型の %1 トークンです：作成時期にかかわらず、fine-grained トークンとして再発行してください。</translation>
    </message>
    <message>
        <source>%1: the link points to nothing</source>
        <translation>%1: リンク先が存在しません</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1: %2 にファイルを作成できません：%3</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: 書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません：%2</translation>
    </message>
    <message>
        <source>Restart %1 (pid %2) without the token</source>
        <translation>トークンなしで %1（pid %2）を再起動</translation>
    </message>
    <message>
        <source>A running program keeps the environment it was started with. Remove the token from where it was set, then restart the program (or `unset %1` in its shell).</source>
        <translation>実行中のプログラムは、起動時の環境を保持し続けます。トークンを設定元から削除してから、プログラムを再起動してください（またはそのシェルで `unset %1`）。</translation>
    </message>
    <message>
        <source>Replace the token in Hugging Face&apos;s token store: %1</source>
        <translation>Hugging Face のトークンストアのトークンを置き換え：%1</translation>
    </message>
    <message>
        <source>Installing the new token replaces it here (`hf auth login` does the same).</source>
        <translation>新しいトークンをインストールすると、ここにあるトークンが置き換えられます（`hf auth login` でも同じです）。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>%1 から IPython 履歴の行を %n 行削除</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are deleted with SQLite&apos;s secure_delete, the database is compacted (VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.</source>
        <translation>行は SQLite の secure_delete で削除され、空きページにコピーが残らないようデータベースが圧縮（VACUUM）され、先行書き込みログ（WAL）が空にされます。</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Delete or rewrite the compressed file %1</source>
        <translation>圧縮ファイル %1 を削除または書き換え</translation>
    </message>
    <message>
        <source>Keyscout does not rewrite compressed files: delete it if it is an old log, or decompress, clean and compress it again.</source>
        <translation>Keyscout は圧縮ファイルを書き換えません：古いログであれば削除し、そうでなければ展開してクリーンアップし、もう一度圧縮してください。</translation>
    </message>
    <message>
        <source>Delete the compiled Python file %1</source>
        <translation>コンパイル済み Python ファイル %1 を削除</translation>
    </message>
    <message>
        <source>Compiled from a source that held the token; Python compiles it again from the cleaned source when needed.</source>
        <translation>トークンを含むソースからコンパイルされたものです。Python は必要なときに、クリーンアップ済みのソースから再コンパイルします。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 を削除（%n バイト）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the token from %1 by hand</source>
        <translation>%1 からトークンを手動で削除</translation>
    </message>
    <message>
        <source>A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild it from cleaned sources.</source>
        <translation>バイナリファイルです：Keyscout は書き換えません。可能であれば削除するか、クリーンなソースから再ビルドしてください。</translation>
    </message>
    <message>
        <source>Remove the token from the remote URL in %1</source>
        <translation>%1 のリモート URL からトークンを削除</translation>
    </message>
    <message>
        <source>git then asks a credential helper for the password: `git config --global credential.helper store` (or libsecret), or `hf auth login --add-to-git-credential` with the new token.</source>
        <translation>その後、git は認証情報ヘルパーにパスワードを問い合わせます：`git config --global credential.helper store`（または libsecret）、あるいは新しいトークンで `hf auth login --add-to-git-credential` を使ってください。</translation>
    </message>
    <message>
        <source>%1: not a notebook Keyscout can rewrite (%2)</source>
        <translation>%1: Keyscout が書き換えられるノートブックではありません（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>%1 からトークンを含む出力を %n 件削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the cells of %1</source>
        <translation>%1 のセル内のトークンを置き換え</translation>
    </message>
    <message>
        <source>Outputs that printed the token are dropped and a token in a cell&apos;s source becomes %1; every other byte of the notebook stays as it was. Load the token from the environment instead (os.environ[&quot;HF_TOKEN&quot;]) and strip outputs before committing.</source>
        <translation>トークンを表示した出力は削除され、セルのソース内のトークンは %1 になります。ノートブックのそれ以外のバイトは元のままです。今後はトークンを環境変数から読み込み（os.environ[&quot;HF_TOKEN&quot;]）、コミット前に出力を取り除いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>%1 から履歴エントリを %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>%1 から保存済みの認証情報を %n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>%1 からトークンを設定している行を %n 行削除</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands that typed the token are dropped from the history file. Close other shells first: a running shell writes its own history back when it exits.</source>
        <translation>トークンを入力したコマンドを履歴ファイルから削除します。先に他のシェルを閉じてください：実行中のシェルは終了時に自身の履歴を書き戻します。</translation>
    </message>
    <message>
        <source>Set the new token where it belongs instead: Hugging Face&apos;s token store (`hf auth login`) or a secret manager, not a file that is copied around.</source>
        <translation>新しいトークンは本来の場所に設定してください：Hugging Face のトークンストア（`hf auth login`）またはシークレットマネージャーです。あちこちにコピーされるファイルではありません。</translation>
    </message>
    <message>
        <source>The file no longer holds the token as it was found: scan again.</source>
        <translation>ファイルには、検出時の形のトークンはもう含まれていません：再スキャンしてください。</translation>
    </message>
    <message>
        <source>The token is encoded in this file (base64 or escaped): edit it with the tool that wrote it (`docker logout &lt;registry&gt;` for docker).</source>
        <translation>トークンはこのファイル内でエンコードされています（base64 またはエスケープ）：書き込んだツールで編集してください（docker の場合は `docker logout &lt;registry&gt;`）。</translation>
    </message>
    <message>
        <source>Replace the token in %1 with %2</source>
        <translation>%1 のトークンを %2 に置き換え</translation>
    </message>
    <message>
        <source>The token becomes %1 wherever it is in the file; then read the new token from the environment or Hugging Face&apos;s token store instead of the file.</source>
        <translation>ファイル内のトークンはすべて %1 になります。その後は、新しいトークンをファイルからではなく、環境変数または Hugging Face のトークンストアから読み込んでください。</translation>
    </message>
    <message>
        <source>%1: no longer holds the token; scan again</source>
        <translation>%1: トークンはもう含まれていません。再スキャンしてください</translation>
    </message>
    <message>
        <source>Git history of %1: pushed, revocation is the fix</source>
        <translation>%1 の Git 履歴：プッシュ済み。対処法は失効です</translation>
    </message>
    <message>
        <source>Git history of %1: rewrite it before anything is pushed</source>
        <translation>%1 の Git 履歴：プッシュする前に書き換えてください</translation>
    </message>
    <message>
        <source>Commits that were pushed stay in every clone and fork: revoke the token (the earlier step); rewriting history afterwards only tidies up and needs a force-push.</source>
        <translation>プッシュされたコミットはすべてのクローンとフォークに残ります：トークンを失効させてください（前のステップ）。その後の履歴の書き換えは後片付けにすぎず、強制プッシュが必要です。</translation>
    </message>
    <message>
        <source>These commits were not pushed: after revoking, rewrite them with git filter-repo (this command), then expire the reflog and prune: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</source>
        <translation>これらのコミットはプッシュされていません：失効させた後、git filter-repo（このコマンド）で書き換え、reflog を期限切れにしてから prune してください：`git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`。</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>あなたのアカウント</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>inference because %1 %2</source>
        <translation>推論が必要：%1 %2</translation>
    </message>
    <message>
        <source>write because %1 %2 %3</source>
        <translation>書き込みが必要：%1 %2 %3</translation>
    </message>
    <message>
        <source>read because %1 %2 %3</source>
        <translation>読み取りが必要：%1 %2 %3</translation>
    </message>
    <message>
        <source>org.read because the token works with %1&apos;s repositories (%2)</source>
        <translation>org.read が必要：トークンが %1 のリポジトリを使うため（%2）</translation>
    </message>
    <message>
        <source>Gated repositories of others are read (%1): access to them comes with the user permission to read gated repositories you can access.</source>
        <translation>他者のゲート付きリポジトリを読み取っています（%1）：それらへのアクセスは、アクセス可能なゲート付きリポジトリを読み取るユーザー権限に含まれます。</translation>
    </message>
    <message>
        <source>Read access to contents of all public gated repos you can access</source>
        <translation>Read access to contents of all public gated repos you can access（アクセス可能なすべての公開ゲート付きリポジトリの内容の読み取り）</translation>
    </message>
    <message>
        <source>Check the old token first to tell your repositories from others&apos; and to find your organisations: until then every repository used is listed.</source>
        <translation>まず古いトークンを確認して、あなたのリポジトリと他者のリポジトリを区別し、所属する組織を特定してください：それまでは、使用されたリポジトリがすべて一覧表示されます。</translation>
    </message>
    <message>
        <source>The link preselects only what the Hub documents for it; tick the rest on the page by hand (listed below).</source>
        <translation>リンクで事前に選択されるのは、Hub がそのリンク用に文書化している項目だけです。残りはページ上で手動でチェックしてください（下に一覧表示）。</translation>
    </message>
    <message>
        <source>Public repositories of %1 are read (%2): any token reads them, no permission needed.</source>
        <translation>%1 の公開リポジトリを読み取っています（%2）：どのトークンでも読み取れるため、権限は不要です。</translation>
    </message>
    <message>
        <source>a classic %1 token: it acts on everything the account can reach</source>
        <translation>従来型の %1 トークン：アカウントがアクセスできるすべてに対して動作します</translation>
    </message>
    <message>
        <source>%1 on every repository of %2</source>
        <translation>%2 のすべてのリポジトリに対する %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1（グローバル）</translation>
    </message>
    <message>
        <source>reading every gated repository the account can access</source>
        <translation>アカウントがアクセスできるすべてのゲート付きリポジトリの読み取り</translation>
    </message>
    <message>
        <source>huggingface_hub reads the token from here; written owner-only (0600).</source>
        <translation>huggingface_hub はここからトークンを読み込みます。所有者のみ読み書き可能（0600）で書き込まれます。</translation>
    </message>
    <message>
        <source>Model file that runs code when loaded</source>
        <translation>読み込み時にコードを実行するモデルファイル</translation>
    </message>
    <message>
        <source>Model file that imports code outside the allow-list</source>
        <translation>許可リストにないコードをインポートするモデルファイル</translation>
    </message>
    <message>
        <source>Malformed model file</source>
        <translation>不正な形式のモデルファイル</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Loading it imports %1, which %2.</source>
        <translation>読み込むと %1 がインポートされます（%2）。</translation>
    </message>
    <message>
        <source>Hugging Face cache: %1 %2 at revision %3, file %4</source>
        <translation>Hugging Face キャッシュ：%1 %2、リビジョン %3、ファイル %4</translation>
    </message>
    <message>
        <source>Same weights as safetensors: %1</source>
        <translation>safetensors 版と同じ重み：%1</translation>
    </message>
    <message>
        <source>Model file %1</source>
        <translation>モデルファイル %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>not allow-listed</source>
        <translation>許可リスト外</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>インポート：%1</translation>
    </message>
</context>
<context>
    <name>keyscout::ChangeJournal</name>
    <message>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1: バックアップフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be made private: %2</source>
        <translation>%1: バックアップフォルダーを非公開にできません：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません：%2</translation>
    </message>
    <message>
        <source>%1: not a Keyscout backup manifest (%2)</source>
        <translation>%1: Keyscout のバックアップマニフェストではありません（%2）</translation>
    </message>
    <message>
        <source>%1: this step is done by hand</source>
        <translation>%1: このステップは手動で行います</translation>
    </message>
    <message>
        <source>%1: no longer exists</source>
        <translation>%1: もう存在しません</translation>
    </message>
    <message>
        <source>%1: changed since the preview; nothing was done. Scan again.</source>
        <translation>%1: プレビュー後に変更されています。何も行っていません。再スキャンしてください。</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1: 削除できません：%2</translation>
    </message>
    <message>
        <source>stopped after writing (fault injection)</source>
        <translation>書き込み後に停止（障害注入）</translation>
    </message>
    <message>
        <source>stopped after the backup (fault injection)</source>
        <translation>バックアップ後に停止（障害注入）</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout created it; not deleted.</source>
        <translation>%1: Keyscout が作成した後に変更されています。削除しません。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: 開けません：%2</translation>
    </message>
    <message>
        <source>%1: the rows could not be deleted: %2</source>
        <translation>%1: 行を削除できませんでした：%2</translation>
    </message>
    <message>
        <source>no change %1 in the journal</source>
        <translation>ジャーナルに変更 %1 はありません</translation>
    </message>
    <message>
        <source>%1: the change is %2, not applied; nothing to undo</source>
        <translation>%1: 変更の状態は %2 で、適用されていません。元に戻すものはありません</translation>
    </message>
    <message>
        <source>%1: the backup was deleted; the change cannot be undone</source>
        <translation>%1: バックアップが削除されています。変更を元に戻せません</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.</source>
        <translation>%1: Keyscout がクリーンアップした後に変更されています。上書きしません。バックアップは %2 です。</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (its SHA-256 differs); the file was not touched</source>
        <translation>%1: バックアップが破損しています（SHA-256 が一致しません）。ファイルには手を加えていません</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: 削除できません</translation>
    </message>
    <message>
        <source>no backup for change %1</source>
        <translation>変更 %1 のバックアップがありません</translation>
    </message>
    <message>
        <source>%1: the rows were deleted, but the database could not be compacted: %2</source>
        <translation>%1: 行は削除されましたが、データベースを圧縮できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::CleanupStep</name>
    <message>
        <source>Each copy of the token, and how Keyscout removes it. Every change is shown first, backed up, written in one step and can be undone. Untick what you want to handle yourself.</source>
        <translation>トークンの各コピーと、Keyscout による削除方法です。すべての変更は事前に表示され、バックアップされ、一度に書き込まれ、元に戻せます。自分で対処したい項目はチェックを外してください。</translation>
    </message>
    <message>
        <source>Changes that remove the token</source>
        <translation>トークンを削除する変更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>変更のプレビュー</translation>
    </message>
    <message>
        <source>Command to run by hand</source>
        <translation>手動で実行するコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>チェックした変更を適用</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>この変更を元に戻す</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>完了 ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 を変更できませんでした：%2</translation>
    </message>
    <message>
        <source>Changed, but scanning it again still finds the token.</source>
        <translation>変更しましたが、再スキャンするとまだトークンが見つかります。</translation>
    </message>
    <message>
        <source>%1: changed (backup %2) but still holds the token</source>
        <translation>%1: 変更しました（バックアップ %2）が、まだトークンが含まれています</translation>
    </message>
    <message>
        <source>Scanned again: the token is gone. Backup kept as change %1.</source>
        <translation>再スキャン済み：トークンはなくなりました。バックアップは変更 %1 として保管しています。</translation>
    </message>
    <message>
        <source>%1 — scanned again, token gone (change %2, undoable)</source>
        <translation>%1 — 再スキャン済み、トークンなし（変更 %2、元に戻せます）</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>元の状態に戻しました。</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>元に戻しました：%1</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>手動：%1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>失敗：%1（%2）</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未実施：%1</translation>
    </message>
</context>
<context>
    <name>keyscout::CodeView</name>
    <message>
        <source>Context of the finding</source>
        <translation>検出結果のコンテキスト</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file.</source>
        <translation>ファイルの %1～%2 行目の変更。</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>ファイルの %1～%2 行目の変更。%3 行目のシークレットは表示されています。</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>ファイルの %1～%2 行目の変更。%3 行目のシークレットはマスクされています。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file.</source>
        <translation>ファイルの %1～%2 行目。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>ファイルの %1～%2 行目。%3 行目のシークレットは表示されています。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>ファイルの %1～%2 行目。%3 行目のシークレットはマスクされています。</translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message>
        <source>unreachable blob %1</source>
        <translation>到達不能な blob %1</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>コミットメッセージ</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>プッシュ済み</translation>
    </message>
    <message>
        <source>on no branch</source>
        <translation>どのブランチにもない</translation>
    </message>
    <message>
        <source>%1 cell %2, source</source>
        <translation>%1 セル %2、ソース</translation>
    </message>
    <message>
        <source>cell %1, output %2: %3</source>
        <translation>セル %1、出力 %2: %3</translation>
    </message>
    <message>
        <source>%1 cell %2, %3</source>
        <translation>%1 セル %2、%3</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>セル %1</translation>
    </message>
    <message>
        <source> (checkpoint of %1)</source>
        <translation>（%1 のチェックポイント）</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>Shows the raw secret in this view only. It is never written anywhere.</source>
        <translation>このビューでのみ、マスクされていないシークレットを表示します。どこにも書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Fix this token…</source>
        <translation>このトークンに対処…</translation>
    </message>
    <message>
        <source>Check what it can do, revoke it and remove every copy, step by step</source>
        <translation>できることの確認、失効、すべてのコピーの削除を順を追って行います</translation>
    </message>
    <message>
        <source>Every place this secret was found</source>
        <translation>このシークレットが見つかったすべての場所</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>理由（判定と一緒に保存されます）</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>判定を保存</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>判定：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Select a secret to see where it is.</source>
        <translation>シークレットを選択すると、その場所が表示されます。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>コマンド：%1</translation>
    </message>
    <message>
        <source>Checked %1: %2. %3</source>
        <translation>確認日時 %1：%2。%3</translation>
    </message>
    <message>
        <source>checked %1: %2</source>
        <translation>確認日時 %1：%2</translation>
    </message>
    <message>
        <source>What this token can do:</source>
        <translation>このトークンでできること：</translation>
    </message>
    <message>
        <source>What this token can do: %1</source>
        <translation>このトークンでできること：%1</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>%n か所で見つかりました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>Hugging Face のトークンストアに保管されていますが、他の %n か所にもコピーされています：これらのコピーは存在すべきではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared across environments: this token is in a CI or deployment file and in your own places. Give each environment its own token.</source>
        <translation>環境間で共有：このトークンは CI またはデプロイのファイルと、あなた自身の場所の両方にあります。環境ごとに別のトークンを使ってください。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次に行うこと</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>シークレットを隠す</translation>
    </message>
    <message>
        <source>Responder mode: read-only, offline</source>
        <translation>レスポンダーモード：読み取り専用、オフライン</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::ExportDialog</name>
    <message>
        <source>HTML report for people</source>
        <translation>人が読むための HTML レポート</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>JSON レポート</translation>
    </message>
    <message>
        <source>SARIF for code scanning</source>
        <translation>コードスキャン用の SARIF</translation>
    </message>
    <message>
        <source>CSV, one row per place</source>
        <translation>CSV（場所ごとに 1 行）</translation>
    </message>
    <message>
        <source>JSON Lines, one place per line</source>
        <translation>JSON Lines（1 行に 1 か所）</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>テキストレポート</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Include raw secrets</source>
        <translation>マスクされていないシークレットを含める</translation>
    </message>
    <message>
        <source>Without it every secret is masked. A report with raw secrets is written readable only by you.</source>
        <translation>チェックしない場合、すべてのシークレットはマスクされます。マスクされていないシークレットを含むレポートは、あなただけが読み取れる状態で書き込まれます。</translation>
    </message>
    <message>
        <source>Include raw secrets?</source>
        <translation>マスクされていないシークレットを含めますか？</translation>
    </message>
    <message>
        <source>The report will contain every secret in full. Anyone who reads the file can use them. It is written readable only by you; do not share it, and delete it once the secrets are revoked.</source>
        <translation>レポートにはすべてのシークレットがそのまま含まれます。ファイルを読んだ人は誰でもそれらを使えます。ファイルはあなただけが読み取れる状態で書き込まれます。共有せず、シークレットを失効させたら削除してください。</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>シークレットを含める</translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message>
        <source>To fix</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n か所</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 secret %2, %3</source>
        <translation>重大度「%1」のシークレット %2、%3</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>露出</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>keyscout::GitRepository</name>
    <message>
        <source>%1: not in a git working tree (%2)</source>
        <translation>%1: Git の作業ツリー内にありません（%2）</translation>
    </message>
    <message>
        <source>git cannot be started: %1</source>
        <translation>git を起動できません：%1</translation>
    </message>
    <message>
        <source>git %1 did not finish in time</source>
        <translation>git %1 が時間内に終了しませんでした</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 が失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::InstallStep</name>
    <message>
        <source>Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the old one), compares what it may do with the plan, then stores it where huggingface_hub and the hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. Every file written is backed up and can be put back.</source>
        <translation>新しいトークンを貼り付けてください。Keyscout はそれを Hugging Face で確認し（古いトークンと同じ読み取り専用のリクエスト）、できることを計画と比較してから、huggingface_hub と hf ツールが読み込む場所に保存します：アクティブなトークンファイルと、stored_tokens の名前付きエントリで、どちらもあなただけが読み取れます。書き込んだファイルはすべてバックアップされ、元に戻せます。</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Put the old store back</source>
        <translation>以前のトークンストアに戻す</translation>
    </message>
    <message>
        <source>This is the leaked token. Create a new one on the token page first.</source>
        <translation>これは漏えいしたトークンです。先にトークンページで新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Checking the new token with %1…</source>
        <translation>%1 で新しいトークンを確認しています…</translation>
    </message>
    <message>
        <source>This token cannot be used. Paste it again, or create another.</source>
        <translation>このトークンは使用できません。もう一度貼り付けるか、別のトークンを作成してください。</translation>
    </message>
    <message>
        <source>It may do more than your work needs: consider a narrower token. You can still store it.</source>
        <translation>作業に必要な範囲を超える操作ができます：より権限の狭いトークンを検討してください。このまま保存することもできます。</translation>
    </message>
    <message>
        <source>new token checked: %1</source>
        <translation>新しいトークンを確認：%1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>保存されていません：%1</translation>
    </message>
    <message>
        <source>storing the new token failed: %1</source>
        <translation>新しいトークンの保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>保存しました。%1</translation>
    </message>
    <message>
        <source>new token “%1” stored: %2 (changes %3)</source>
        <translation>新しいトークン「%1」を保存：%2（変更 %3）</translation>
    </message>
    <message>
        <source>The token store is back as it was.</source>
        <translation>トークンストアを元の状態に戻しました。</translation>
    </message>
    <message>
        <source>new token&apos;s installation undone</source>
        <translation>新しいトークンのインストールを元に戻しました</translation>
    </message>
</context>
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>Demo workstation</source>
        <translation>デモ用ワークステーション</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>スキャンするフォルダー</translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation>デモ用ワークステーションを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>判定を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: %1</source>
        <translation>判定を保存できません：%1</translation>
    </message>
    <message>
        <source>The demo&apos;s stand-in for Hugging Face could not start: %1</source>
        <translation>デモ用の Hugging Face 代替サーバーを起動できませんでした：%1</translation>
    </message>
    <message>
        <source>Demo workstation: checks and revocations of its Hugging Face tokens go to a stand-in on this machine (%1), never to huggingface.co.</source>
        <translation>デモ用ワークステーション：その Hugging Face トークンの確認と失効は、huggingface.co ではなく、このマシン上の代替サーバー（%1）に送られます。</translation>
    </message>
    <message>
        <source>Mounted home or disk image folder to scan (read-only)</source>
        <translation>スキャンするマウント済みのホームフォルダーまたはディスクイメージのフォルダー（読み取り専用）</translation>
    </message>
    <message>
        <source>The decision is not saved: Keyscout&apos;s data folder %1 is inside the scanned folder, where nothing is written.</source>
        <translation>判定は保存されていません：Keyscout のデータフォルダー %1 がスキャン対象のフォルダー内にあり、そこには何も書き込まないためです。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>レポートを %1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>No home folder under %1 (home/*, root/, the homes its etc/passwd names).</source>
        <translation>%1 の下にホームフォルダーがありません（home/*、root/、その etc/passwd に記載されたホーム）。</translation>
    </message>
    <message>
        <source>Mounted home or disk image</source>
        <translation>マウントしたホームフォルダーまたはディスクイメージ</translation>
    </message>
    <message>
        <source>Responder mode</source>
        <translation>レスポンダーモード</translation>
    </message>
    <message>
        <source>Read-only responder scan of %1 — nothing is written there, nothing is sent</source>
        <translation>%1 の読み取り専用レスポンダースキャン — そこには何も書き込まず、何も送信しません</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Keyscout — Workshop</source>
        <translation>Keyscout — ワークショップ</translation>
    </message>
</context>
<context>
    <name>keyscout::NotebookCleanFilter</name>
    <message>
        <source>%1: %2 is already set to something else; left alone</source>
        <translation>%1: %2 には既に別の値が設定されています。変更しません</translation>
    </message>
    <message>
        <source>%1: the git folder cannot be found</source>
        <translation>%1: Git フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: 削除できません</translation>
    </message>
</context>
<context>
    <name>keyscout::Place</name>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <source>Shell histories</source>
        <translation>シェル履歴</translation>
    </message>
    <message>
        <source>IPython histories</source>
        <translation>IPython 履歴</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>環境ファイル</translation>
    </message>
    <message>
        <source>Credential files</source>
        <translation>認証情報ファイル</translation>
    </message>
    <message>
        <source>Token stores</source>
        <translation>トークンストア</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git 履歴</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>実行中のプロセス</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>モデルファイル</translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message>
        <source>The replacement should be a fine-grained token with only what your work uses. Keyscout reads your projects&apos; code, notebooks and scripts and the Hugging Face cache to find the repositories you read and write — as text, nothing is run.</source>
        <translation>置き換えるトークンは、作業で使う権限だけを持つ fine-grained トークンにしてください。Keyscout はプロジェクトのコード、ノートブック、スクリプトと Hugging Face キャッシュを読み取り、読み書きしているリポジトリを特定します — テキストとして読むだけで、何も実行しません。</translation>
    </message>
    <message>
        <source>Read my projects</source>
        <translation>プロジェクトを読み取る</translation>
    </message>
    <message>
        <source>Permissions the new token needs</source>
        <translation>新しいトークンに必要な権限</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Open the token creation page</source>
        <translation>トークン作成ページを開く</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Nothing in your projects needs a permission: a token with no scope, or read access to public repositories only, is enough.</source>
        <translation>プロジェクト内に権限を必要とするものはありません：スコープのないトークン、または公開リポジトリの読み取りだけができるトークンで十分です。</translation>
    </message>
    <message>
        <source>Your code reads gated repositories: tick “Read access to contents of all public gated repos you can access”.</source>
        <translation>コードがゲート付きリポジトリを読み取っています：「Read access to contents of all public gated repos you can access」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Tick by hand on the creation page (its other options cannot be filled in for you):</source>
        <translation>作成ページで手動でチェックしてください（ページの他のオプションは自動入力できません）：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n 個のファイルを読み取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PreCommitHook</name>
    <message>
        <source>%1: the hooks folder cannot be found</source>
        <translation>%1: フックフォルダーが見つかりません</translation>
    </message>
    <message>
        <source>%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone</source>
        <translation>%1: pre-commit フックと %2 の両方が既にあります。Keyscout はどちらも変更しません</translation>
    </message>
    <message>
        <source>%1: the hooks folder cannot be created</source>
        <translation>%1: フックフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1: %2 に名前を変更できません：%3</translation>
    </message>
    <message>
        <source>%1: not Keyscout&apos;s hook; left alone</source>
        <translation>%1: Keyscout のフックではありません。変更しません</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1: 削除できません</translation>
    </message>
    <message>
        <source>%1: cannot be renamed back to %2: %3</source>
        <translation>%1: 名前を %2 に戻せません：%3</translation>
    </message>
</context>
<context>
    <name>keyscout::PreventStep</name>
    <message>
        <source>Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a token (an existing hook keeps running first); the notebook filter commits notebooks without their outputs while your copy keeps them. Both go into the repository&apos;s own settings, not its files, and can be taken out again.</source>
        <translation>次のトークンを Git に入れないようにします。pre-commit フックは、ステージされたファイルにトークンが含まれるコミットを拒否します（既存のフックは引き続き先に実行されます）。ノートブックフィルターは、手元のコピーには出力を残したまま、出力を除いたノートブックをコミットします。どちらもリポジトリのファイルではなくリポジトリ固有の設定に追加され、後から取り外せます。</translation>
    </message>
    <message>
        <source>Repositories and their guards</source>
        <translation>リポジトリとその保護</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Pre-commit hook</source>
        <translation>pre-commit フック</translation>
    </message>
    <message>
        <source>Notebook filter</source>
        <translation>ノートブックフィルター</translation>
    </message>
    <message>
        <source>Another repository…</source>
        <translation>別のリポジトリ…</translation>
    </message>
    <message>
        <source>Remove the hook</source>
        <translation>フックを削除</translation>
    </message>
    <message>
        <source>Install the hook</source>
        <translation>フックをインストール</translation>
    </message>
    <message>
        <source>Remove the notebook filter</source>
        <translation>ノートブックフィルターを削除</translation>
    </message>
    <message>
        <source>Install the notebook filter</source>
        <translation>ノートブックフィルターをインストール</translation>
    </message>
    <message>
        <source>Repository to guard</source>
        <translation>保護するリポジトリ</translation>
    </message>
    <message>
        <source>installed (after yours)</source>
        <translation>インストール済み（既存のフックの後）</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>pre-commit hook installed in %1</source>
        <translation>%1 に pre-commit フックをインストールしました</translation>
    </message>
    <message>
        <source>pre-commit hook removed from %1</source>
        <translation>%1 から pre-commit フックを削除しました</translation>
    </message>
    <message>
        <source>pre-commit hook in %1: %2</source>
        <translation>%1 の pre-commit フック：%2</translation>
    </message>
    <message>
        <source>notebook filter installed in %1</source>
        <translation>%1 にノートブックフィルターをインストールしました</translation>
    </message>
    <message>
        <source>notebook filter removed from %1</source>
        <translation>%1 からノートブックフィルターを削除しました</translation>
    </message>
    <message>
        <source>notebook filter in %1: %2</source>
        <translation>%1 のノートブックフィルター：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationLog</name>
    <message>
        <source># Remediation of %1 %2</source>
        <translation># %1 %2 への対処</translation>
    </message>
    <message>
        <source>- Fingerprint (SHA-256 of the token): `%1`</source>
        <translation>- フィンガープリント（トークンの SHA-256）：`%1`</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- 開始：%1</translation>
    </message>
    <message>
        <source>- Written by Keyscout %1</source>
        <translation>- 作成：Keyscout %1</translation>
    </message>
    <message>
        <source>## What was done</source>
        <translation>## 実施したこと</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <source>## What remains</source>
        <translation>## 残っていること</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationWizard</name>
    <message>
        <source>Assess</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Plan the replacement</source>
        <translation>置き換えを計画</translation>
    </message>
    <message>
        <source>Install the new token</source>
        <translation>新しいトークンをインストール</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>古いトークンを失効</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>すべてのコピーを削除</translation>
    </message>
    <message>
        <source>Keep it out of git</source>
        <translation>Git に入れない</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Fix %1 %2</source>
        <translation>%1 %2 への対処</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>予防</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>no permission needed by local use</source>
        <translation>ローカルでの使用に必要な権限なし</translation>
    </message>
    <message>
        <source>least permissions: %1</source>
        <translation>最小権限：%1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Where the token is and how exposed</source>
        <translation>トークンの場所と露出の程度</translation>
    </message>
    <message>
        <source>Every place the token was found</source>
        <translation>トークンが見つかったすべての場所</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>できること</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>トークンを確認</translation>
    </message>
    <message>
        <source>Keyscout has no read-only check for %1 tokens: what it can do depends on how it was created; see the provider&apos;s settings.</source>
        <translation>Keyscout には %1 トークンを読み取り専用で確認する手段がありません：できることは作成方法によって異なります。プロバイダーの設定を確認してください。</translation>
    </message>
    <message>
        <source>Checking sends this token, in a request header and nowhere else, to %1. %2 answers who it belongs to and what it may do; the check changes nothing. Nothing is sent unless you press the button.</source>
        <translation>確認すると、このトークンがリクエストヘッダーに入れて %1 に送信されます（それ以外には送信されません）。%2 はトークンの所有者とできることを回答します。確認によって何かが変更されることはありません。ボタンを押さない限り、何も送信されません。</translation>
    </message>
    <message>
        <source>Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. Create its replacement first if something depends on it, then revoke.</source>
        <translation>トークンが一度漏えいしたら、無害にする方法は失効だけです：コピーがすでに他の場所にあるかもしれません。このトークンに依存しているものがあれば、先に置き換え用のトークンを作成してから失効させてください。</translation>
    </message>
    <message>
        <source>Revoke it now</source>
        <translation>今すぐ失効</translation>
    </message>
    <message>
        <source>Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails its owner.</source>
        <translation>トークンを %1 に送信して失効させます。Hugging Face はトークンを無効化し、所有者にメールで通知します。</translation>
    </message>
    <message>
        <source>Open the token settings</source>
        <translation>トークン設定を開く</translation>
    </message>
    <message>
        <source>Check that it stopped working</source>
        <translation>機能しなくなったことを確認</translation>
    </message>
    <message>
        <source>Revoke it where it was created.</source>
        <translation>作成した場所で失効させてください。</translation>
    </message>
    <message>
        <source>Or revoke it yourself: %1</source>
        <translation>または自分で失効させてください：%1</translation>
    </message>
    <message>
        <source>I revoked it</source>
        <translation>失効させました</translation>
    </message>
    <message>
        <source>Marked revoked by you (Keyscout cannot check %1 tokens).</source>
        <translation>あなたが失効済みとしてマークしました（Keyscout は %1 トークンを確認できません）。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>marked revoked by the person (no check exists for this provider)</source>
        <translation>本人が失効済みとしてマーク（このプロバイダーには確認手段がありません）</translation>
    </message>
    <message>
        <source>Sending the revocation…</source>
        <translation>失効要求を送信しています…</translation>
    </message>
    <message>
        <source>revocation sent to %1 with consent</source>
        <translation>同意を得て %1 に失効要求を送信</translation>
    </message>
    <message>
        <source>What was done, and what remains</source>
        <translation>実施したことと残っていること</translation>
    </message>
    <message>
        <source>Remediation log</source>
        <translation>対処記録</translation>
    </message>
    <message>
        <source>Save the log…</source>
        <translation>記録を保存…</translation>
    </message>
    <message>
        <source>Save the remediation log</source>
        <translation>対処記録を保存</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1、完了</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1、要確認</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>checked with %1 (consent given)</source>
        <translation>%1 で確認（同意済み）</translation>
    </message>
    <message>
        <source>Confirmed: the old token is refused now (%1).</source>
        <translation>確認済み：古いトークンは現在拒否されます（%1）。</translation>
    </message>
    <message>
        <source>confirmed: the token is refused (%1)</source>
        <translation>確認済み：トークンは拒否されます（%1）</translation>
    </message>
    <message>
        <source>It still works (%1). Revoke it on the settings page, then check again.</source>
        <translation>まだ機能しています（%1）。設定ページで失効させてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Could not confirm: %1. Check again later.</source>
        <translation>確認できませんでした：%1。後でもう一度確認してください。</translation>
    </message>
    <message>
        <source>not confirmed yet: %1</source>
        <translation>まだ確認できていません：%1</translation>
    </message>
    <message>
        <source>The revocation could not be sent: %1</source>
        <translation>失効要求を送信できませんでした：%1</translation>
    </message>
    <message>
        <source>revocation failed: %1</source>
        <translation>失効に失敗しました：%1</translation>
    </message>
    <message>
        <source>revocation answered HTTP %1; confirming</source>
        <translation>失効要求への応答は HTTP %1。確認しています</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>確認日時 %1</translation>
    </message>
    <message>
        <source>It was published and could write. Look through the recent commits of these accounts&apos; repositories for changes you did not make, and through each organisation&apos;s audit log (Enterprise plans) since the first exposure:</source>
        <translation>公開されており、書き込みも可能でした。最初の露出以降について、これらのアカウントのリポジトリの最近のコミットにあなたが行っていない変更がないか、また各組織の監査ログ（Enterprise プラン）を確認してください：</translation>
    </message>
    <message>
        <source>Start with the repositories these places push to:</source>
        <translation>まず、これらの場所のプッシュ先リポジトリから確認してください：</translation>
    </message>
    <message>
        <source>commit history</source>
        <translation>コミット履歴</translation>
    </message>
    <message>
        <source>Revoke the old token and confirm it is refused.</source>
        <translation>古いトークンを失効させ、拒否されることを確認してください。</translation>
    </message>
    <message>
        <source>First exposure: %1, %2.</source>
        <translation>最初の露出：%1、%2。</translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進行状況</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Scan the same places again; your decisions are kept.</source>
        <translation>同じ場所をもう一度スキャンします。判定は保持されます。</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>新しいスキャン</translation>
    </message>
    <message>
        <source>Filter: provider, file, place…</source>
        <translation>絞り込み：プロバイダー、ファイル、場所…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>検出結果を絞り込む</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>最低の重大度</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>場所の種類</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>すべての場所</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>Findings, one row per secret</source>
        <translation>検出結果（シークレットごとに 1 行）</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>%1 files · %2 · %3/s · %4 skipped</source>
        <translation>%1 ファイル · %2 · %3/s · %4 件スキップ</translation>
    </message>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>Git リポジトリ %n 個、オブジェクト %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped after %1 s; the results are partial.</source>
        <translation>%1 秒でスキャンを停止しました。結果は部分的です。</translation>
    </message>
    <message>
        <source>Scan finished in %1 s.</source>
        <translation>スキャンは %1 秒で完了しました。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>テキストとして読み取り %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>読み取り不可 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>What this scan did not read, or read differently, and why</source>
        <translation>このスキャンで読み取らなかったもの、別の方法で読み取ったもの、およびその理由</translation>
    </message>
    <message>
        <source>Not read, or read differently</source>
        <translation>読み取らなかったもの、別の方法で読み取ったもの</translation>
    </message>
    <message>
        <source>Files that were skipped, could not be read, or were read as plain text because their format was broken. Secrets in skipped files are not in the results.</source>
        <translation>スキップされたファイル、読み取れなかったファイル、形式が壊れていたためプレーンテキストとして読み取ったファイルです。スキップされたファイル内のシークレットは結果に含まれません。</translation>
    </message>
    <message>
        <source>read as text  %1: %2</source>
        <translation>テキスト扱い  %1: %2</translation>
    </message>
    <message>
        <source>unreadable    %1: %2</source>
        <translation>読み取り不可  %1: %2</translation>
    </message>
    <message>
        <source>skipped       %1: %2</source>
        <translation>スキップ      %1: %2</translation>
    </message>
    <message>
        <source>%1 secret(s) in %2 place(s) · %3 critical · %4 high</source>
        <translation>%2 か所に %1 件のシークレット · 重大 %3 · 高 %4</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report</source>
        <translation>このスキャンを HTML、JSON、SARIF、CSV、または JSON Lines のレポートとして保存します</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
</context>
<context>
    <name>keyscout::Rules</name>
    <message>
        <source>OpenAI project API key</source>
        <translation>OpenAI プロジェクト API キー</translation>
    </message>
    <message>
        <source>An OpenAI project API key calls the OpenAI API on the project&apos;s bill, with the permissions set on the key (models, files, assistants, fine-tuning).</source>
        <translation>OpenAI プロジェクト API キーは、キーに設定された権限（モデル、ファイル、アシスタント、ファインチューニング）の範囲で、プロジェクトへの課金で OpenAI API を呼び出せます。</translation>
    </message>
    <message>
        <source>OpenAI service account API key</source>
        <translation>OpenAI サービスアカウント API キー</translation>
    </message>
    <message>
        <source>An OpenAI service account key calls the OpenAI API as a project&apos;s service account, on the organization&apos;s bill, independently of any person.</source>
        <translation>OpenAI サービスアカウントキーは、特定の個人とは無関係に、プロジェクトのサービスアカウントとして、組織への課金で OpenAI API を呼び出せます。</translation>
    </message>
    <message>
        <source>OpenAI admin API key</source>
        <translation>OpenAI 管理者 API キー</translation>
    </message>
    <message>
        <source>An OpenAI admin API key manages the organization itself: members, projects, API keys, usage and audit logs.</source>
        <translation>OpenAI 管理者 API キーは、組織そのものを管理できます：メンバー、プロジェクト、API キー、使用状況、監査ログ。</translation>
    </message>
    <message>
        <source>OpenAI API key (legacy user key)</source>
        <translation>OpenAI API キー（従来型のユーザーキー）</translation>
    </message>
    <message>
        <source>A legacy OpenAI user API key calls the OpenAI API with its owner&apos;s full rights on the organization&apos;s bill.</source>
        <translation>従来型の OpenAI ユーザー API キーは、所有者のすべての権限を持ち、組織への課金で OpenAI API を呼び出せます。</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API キー</translation>
    </message>
    <message>
        <source>An Anthropic API key calls the Claude API (messages, batches, files) on its workspace&apos;s bill.</source>
        <translation>Anthropic API キーは、そのワークスペースへの課金で Claude API（メッセージ、バッチ、ファイル）を呼び出せます。</translation>
    </message>
    <message>
        <source>Anthropic Admin API key</source>
        <translation>Anthropic Admin API キー</translation>
    </message>
    <message>
        <source>An Anthropic Admin API key manages the organization: members, workspaces, API keys and usage reports.</source>
        <translation>Anthropic Admin API キーは、組織を管理できます：メンバー、ワークスペース、API キー、使用状況レポート。</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Replicate API トークン</translation>
    </message>
    <message>
        <source>A Replicate API token runs models and deployments and reads predictions and trainings on the account&apos;s bill.</source>
        <translation>Replicate API トークンは、アカウントへの課金でモデルとデプロイメントを実行し、予測とトレーニングを読み取れます。</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq API キー</translation>
    </message>
    <message>
        <source>A Groq API key calls Groq&apos;s inference API (chat, audio, batches) on the organization&apos;s bill.</source>
        <translation>Groq API キーは、組織への課金で Groq の推論 API（チャット、音声、バッチ）を呼び出せます。</translation>
    </message>
    <message>
        <source>NVIDIA API key (NGC / build.nvidia.com)</source>
        <translation>NVIDIA API キー（NGC / build.nvidia.com）</translation>
    </message>
    <message>
        <source>An NVIDIA API key calls NVIDIA-hosted model endpoints and, depending on its scopes, the NGC catalog and private registry of its organization.</source>
        <translation>NVIDIA API キーは、NVIDIA がホストするモデルのエンドポイントを呼び出せ、スコープによっては組織の NGC カタログと非公開レジストリにもアクセスできます。</translation>
    </message>
    <message>
        <source>LangSmith personal access token</source>
        <translation>LangSmith 個人用アクセストークン</translation>
    </message>
    <message>
        <source>A LangSmith personal access token reads and writes traces, datasets and prompts in its owner&apos;s LangSmith workspaces.</source>
        <translation>LangSmith 個人用アクセストークンは、所有者の LangSmith ワークスペース内のトレース、データセット、プロンプトを読み書きできます。</translation>
    </message>
    <message>
        <source>LangSmith service key</source>
        <translation>LangSmith サービスキー</translation>
    </message>
    <message>
        <source>A LangSmith service key reads and writes traces, datasets and prompts of a LangSmith workspace as a service, not tied to a person.</source>
        <translation>LangSmith サービスキーは、個人に結び付かないサービスとして、LangSmith ワークスペースのトレース、データセット、プロンプトを読み書きできます。</translation>
    </message>
    <message>
        <source>Pinecone API key</source>
        <translation>Pinecone API キー</translation>
    </message>
    <message>
        <source>A Pinecone API key reads, writes and deletes the vector indexes of its Pinecone project.</source>
        <translation>Pinecone API キーは、その Pinecone プロジェクトのベクトルインデックスを読み取り、書き込み、削除できます。</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter API キー</translation>
    </message>
    <message>
        <source>An OpenRouter API key calls any model routed by OpenRouter and spends the account&apos;s credits.</source>
        <translation>OpenRouter API キーは、OpenRouter がルーティングするあらゆるモデルを呼び出し、アカウントのクレジットを消費できます。</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>xAI API キー</translation>
    </message>
    <message>
        <source>An xAI API key calls the Grok models of the xAI API on the team&apos;s bill.</source>
        <translation>xAI API キーは、チームへの課金で xAI API の Grok モデルを呼び出せます。</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Perplexity API キー</translation>
    </message>
    <message>
        <source>A Perplexity API key calls the Perplexity (Sonar) API on the account&apos;s bill.</source>
        <translation>Perplexity API キーは、アカウントへの課金で Perplexity（Sonar）API を呼び出せます。</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google API キー</translation>
    </message>
    <message>
        <source>A Google API key calls the Google APIs enabled for its Cloud project (Gemini, Maps, Firebase...) on the project&apos;s bill, unless the key is restricted.</source>
        <translation>Google API キーは、キーが制限されていない限り、その Cloud プロジェクトで有効になっている Google API（Gemini、Maps、Firebase など）を、プロジェクトへの課金で呼び出せます。</translation>
    </message>
    <message>
        <source>Cohere API key</source>
        <translation>Cohere API キー</translation>
    </message>
    <message>
        <source>A Cohere API key calls Cohere&apos;s models (chat, embed, rerank) on the account&apos;s bill.</source>
        <translation>Cohere API キーは、アカウントへの課金で Cohere のモデル（チャット、埋め込み、リランク）を呼び出せます。</translation>
    </message>
    <message>
        <source>DeepSeek API key</source>
        <translation>DeepSeek API キー</translation>
    </message>
    <message>
        <source>A DeepSeek API key calls the DeepSeek API (chat and reasoner models) on the account&apos;s balance.</source>
        <translation>DeepSeek API キーは、アカウントの残高を使って DeepSeek API（chat モデルと reasoner モデル）を呼び出せます。</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>GitHub 個人用アクセストークン（従来型）</translation>
    </message>
    <message>
        <source>A classic GitHub personal access token acts as its owner on GitHub with the scopes chosen at creation (often repo, workflow or admin:org): private code, Actions, packages and settings.</source>
        <translation>従来型の GitHub 個人用アクセストークンは、作成時に選んだスコープ（多くの場合 repo、workflow、または admin:org）で、GitHub 上で所有者として動作します：非公開のコード、Actions、パッケージ、設定。</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>GitHub OAuth アクセストークン</translation>
    </message>
    <message>
        <source>A GitHub OAuth app access token acts as the user who authorized the app, within the scopes the app was granted.</source>
        <translation>GitHub OAuth アプリのアクセストークンは、アプリに付与されたスコープの範囲で、アプリを承認したユーザーとして動作します。</translation>
    </message>
    <message>
        <source>GitHub App user access token</source>
        <translation>GitHub App ユーザーアクセストークン</translation>
    </message>
    <message>
        <source>A GitHub App user-to-server token acts as a user through a GitHub App, limited to the app&apos;s permissions and the repositories both can reach.</source>
        <translation>GitHub App の user-to-server トークンは、GitHub App を介してユーザーとして動作します。範囲は、アプリの権限と、アプリとユーザーの両方がアクセスできるリポジトリに限られます。</translation>
    </message>
    <message>
        <source>GitHub App installation token</source>
        <translation>GitHub App インストールトークン</translation>
    </message>
    <message>
        <source>A GitHub App installation (server-to-server) token acts as the app on the repositories it is installed on, for about an hour; Actions GITHUB_TOKEN values have this form.</source>
        <translation>GitHub App のインストール（server-to-server）トークンは、約 1 時間、アプリがインストールされているリポジトリでアプリとして動作します。Actions の GITHUB_TOKEN の値はこの形式です。</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>GitHub App リフレッシュトークン</translation>
    </message>
    <message>
        <source>A GitHub App refresh token can be exchanged for new user access tokens for that app until it expires.</source>
        <translation>GitHub App のリフレッシュトークンは、期限が切れるまで、そのアプリの新しいユーザーアクセストークンと交換できます。</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>GitHub fine-grained 個人用アクセストークン</translation>
    </message>
    <message>
        <source>A fine-grained GitHub personal access token acts as its owner on the repositories and with the permissions selected at creation (contents, issues, Actions, administration...).</source>
        <translation>GitHub の fine-grained 個人用アクセストークンは、作成時に選んだリポジトリで、選んだ権限（コンテンツ、Issue、Actions、管理など）により所有者として動作します。</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS アクセスキー ID</translation>
    </message>
    <message>
        <source>An AWS access key ID names an IAM access key and reveals the AWS account it belongs to; it is the public half of the credential, so look for the secret access key stored next to it.</source>
        <translation>AWS アクセスキー ID は IAM アクセスキーを識別し、それが属する AWS アカウントを明らかにします。認証情報の公開側の半分なので、その隣に保存されているシークレットアクセスキーを探してください。</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>AWS シークレットアクセスキー</translation>
    </message>
    <message>
        <source>An AWS secret access key, with its access key ID, signs AWS API requests with all the permissions of the IAM user or role it belongs to.</source>
        <translation>AWS シークレットアクセスキーは、アクセスキー ID と組み合わせて、それが属する IAM ユーザーまたはロールのすべての権限で AWS API リクエストに署名できます。</translation>
    </message>
    <message>
        <source>Password or token in git credentials</source>
        <translation>Git 認証情報内のパスワードまたはトークン</translation>
    </message>
    <message>
        <source>A password or token stored by git&apos;s `store` credential helper in plain text: whoever reads the file pushes and pulls as you on that host. A token of a known kind in the same place is reported as that kind.</source>
        <translation>git の `store` 認証情報ヘルパーが平文で保存したパスワードまたはトークンです：ファイルを読んだ人は誰でも、そのホストであなたとしてプッシュとプルができます。同じ場所にある既知の種類のトークンは、その種類として報告されます。</translation>
    </message>
    <message>
        <source>Password in .netrc</source>
        <translation>.netrc 内のパスワード</translation>
    </message>
    <message>
        <source>A password (often an API key) for a host in ~/.netrc, which curl, pip, git and many Python clients send automatically. A key of a known kind in the same place is reported as that kind.</source>
        <translation>~/.netrc に書かれたホストのパスワード（多くの場合 API キー）で、curl、pip、git や多くの Python クライアントが自動的に送信します。同じ場所にある既知の種類のキーは、その種類として報告されます。</translation>
    </message>
    <message>
        <source>Google Cloud application default credentials (refresh token)</source>
        <translation>Google Cloud アプリケーションのデフォルト認証情報（リフレッシュトークン）</translation>
    </message>
    <message>
        <source>The refresh token `gcloud auth application-default login` stores: any program that reads it gets access tokens for your Google account&apos;s cloud projects (Vertex AI, storage buckets with datasets and models) until you revoke it (`gcloud auth application-default revoke`).</source>
        <translation>`gcloud auth application-default login` が保存するリフレッシュトークンです：これを読み取ったプログラムは、あなたが失効させる（`gcloud auth application-default revoke`）まで、あなたの Google アカウントのクラウドプロジェクト（Vertex AI、データセットやモデルを置いたストレージバケット）へのアクセストークンを取得できます。</translation>
    </message>
    <message>
        <source>Credential-like value assigned to a key, token or secret</source>
        <translation>キー、トークン、シークレットに代入された認証情報らしき値</translation>
    </message>
    <message>
        <source>A random-looking value assigned to a variable or key named like an API key, token or secret; it may give access to whatever service that name refers to.</source>
        <translation>API キー、トークン、シークレットのような名前の変数またはキーに代入された、ランダムに見える値です。その名前が指すサービスへのアクセスを与える可能性があります。</translation>
    </message>
    <message>
        <source>Hugging Face user access token</source>
        <translation>Hugging Face ユーザーアクセストークン</translation>
    </message>
    <message>
        <source>A Hugging Face user access token acts as its owner on the Hub: depending on its role or fine-grained scopes it can read or write the user&apos;s and their organizations&apos; private models, datasets and Spaces, and spend their Inference credits.</source>
        <translation>Hugging Face ユーザーアクセストークンは、Hub 上で所有者として動作します：ロールまたは fine-grained スコープに応じて、ユーザーとその所属組織の非公開のモデル、データセット、Space を読み取りまたは書き込みし、Inference クレジットを消費できます。</translation>
    </message>
    <message>
        <source>Hugging Face organization API token (legacy)</source>
        <translation>Hugging Face 組織 API トークン（従来型）</translation>
    </message>
    <message>
        <source>A legacy Hugging Face organization API token, deprecated since August 2023 but still found in old code and configs; it was issued to act on behalf of an organization on the Hub.</source>
        <translation>2023 年 8 月から非推奨ですが、古いコードや設定にまだ見られる従来型の Hugging Face 組織 API トークンです。Hub 上で組織の代理として動作するために発行されました。</translation>
    </message>
    <message>
        <source>Hugging Face OAuth access token</source>
        <translation>Hugging Face OAuth アクセストークン</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face OAuth access token (about 8 hours), issued by &quot;Sign in with Hugging Face&quot; or a user trusted publisher; until it expires it acts as the user within the granted scopes.</source>
        <translation>「Sign in with Hugging Face」またはユーザーの trusted publisher が発行する、有効期間の短い（約 8 時間）Hugging Face OAuth アクセストークンです。期限が切れるまで、付与されたスコープの範囲でユーザーとして動作します。</translation>
    </message>
    <message>
        <source>Hugging Face trusted-publisher token</source>
        <translation>Hugging Face trusted publisher トークン</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face token (about 1 hour) that a CI job gets from a repo trusted publisher; until it expires it can write to that one repository.</source>
        <translation>CI ジョブがリポジトリの trusted publisher から取得する、有効期間の短い（約 1 時間）Hugging Face トークンです。期限が切れるまで、その 1 つのリポジトリに書き込めます。</translation>
    </message>
    <message>
        <source>Jupyter server token in a runtime file</source>
        <translation>ランタイムファイル内の Jupyter サーバートークン</translation>
    </message>
    <message>
        <source>The token of a running (or crashed) Jupyter server: whoever has it and can reach the server&apos;s port runs code as you. It is written to the runtime folder at start-up and lingers after a crash; it dies with the server.</source>
        <translation>実行中の（またはクラッシュした）Jupyter サーバーのトークンです：これを持ち、サーバーのポートに到達できる人は誰でも、あなたとしてコードを実行できます。起動時にランタイムフォルダーに書き込まれ、クラッシュ後も残りますが、サーバーの終了とともに無効になります。</translation>
    </message>
    <message>
        <source>Jupyter server URL with its token</source>
        <translation>トークン付きの Jupyter サーバー URL</translation>
    </message>
    <message>
        <source>A Jupyter server&apos;s login URL, as it prints it at start-up and writes it to jpserver-*-open.html: the token in it lets anyone who can reach the port run code as you while that server runs. It often ends up in shell logs, notebook outputs and chat messages.</source>
        <translation>Jupyter サーバーが起動時に表示し、jpserver-*-open.html に書き込むログイン URL です：その中のトークンにより、ポートに到達できる人は誰でも、そのサーバーの実行中はあなたとしてコードを実行できます。シェルのログ、ノートブックの出力、チャットのメッセージに残ることがよくあります。</translation>
    </message>
    <message>
        <source>Jupyter kernel connection key</source>
        <translation>Jupyter カーネルの接続キー</translation>
    </message>
    <message>
        <source>The signing key of a running kernel&apos;s connection file: with it, anyone who can reach the kernel&apos;s ports runs code in it. Stale files linger after crashes; the key dies with the kernel.</source>
        <translation>実行中のカーネルの接続ファイルにある署名キーです：これがあれば、カーネルのポートに到達できる人は誰でもカーネル内でコードを実行できます。クラッシュ後も古いファイルが残りますが、キーはカーネルの終了とともに無効になります。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in .netrc</source>
        <translation>.netrc 内の Weights &amp; Biases API キー</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key, written to ~/.netrc by `wandb login`, reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>`wandb login` が ~/.netrc に書き込む Weights &amp; Biases API キーです。ユーザーが所属するすべてのエンティティで、ユーザーの run、アーティファクト、モデル、レポートを読み書きできます。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key (WANDB_API_KEY)</source>
        <translation>Weights &amp; Biases API キー（WANDB_API_KEY）</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Weights &amp; Biases API キーは、ユーザーが所属するすべてのエンティティで、ユーザーの run、アーティファクト、モデル、レポートを読み書きできます。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in wandb.login()</source>
        <translation>wandb.login() 内の Weights &amp; Biases API キー</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key passed to wandb.login() in code; it reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>コード内で wandb.login() に渡された Weights &amp; Biases API キーです。ユーザーが所属するすべてのエンティティで、ユーザーの run、アーティファクト、モデル、レポートを読み書きできます。</translation>
    </message>
    <message>
        <source>Kaggle API key in kaggle.json</source>
        <translation>kaggle.json 内の Kaggle API キー</translation>
    </message>
    <message>
        <source>A Kaggle API key (kaggle.json) acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Kaggle API キー（kaggle.json）は、Kaggle 上でユーザーとして動作します：コンペティションのデータセットや非公開データセットをダウンロードし、データセット、モデル、ノートブックをプッシュし、コンペティションに提出できます。</translation>
    </message>
    <message>
        <source>Kaggle API key (KAGGLE_KEY)</source>
        <translation>Kaggle API キー（KAGGLE_KEY）</translation>
    </message>
    <message>
        <source>A Kaggle API key acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Kaggle API キーは、Kaggle 上でユーザーとして動作します：コンペティションのデータセットや非公開データセットをダウンロードし、データセット、モデル、ノートブックをプッシュし、コンペティションに提出できます。</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeComparison</name>
    <message>
        <source>Broader than needed: %1.</source>
        <translation>必要以上に広い権限：%1。</translation>
    </message>
    <message>
        <source>Missing: %1 (%2).</source>
        <translation>不足：%1（%2）。</translation>
    </message>
    <message>
        <source>Missing: read access to gated repositories you can access.</source>
        <translation>不足：アクセス可能なゲート付きリポジトリの読み取り。</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEntry</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEvidence</name>
    <message>
        <source> (cell %1)</source>
        <translation>（セル %1）</translation>
    </message>
</context>
<context>
    <name>keyscout::SourceLanguage</name>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>環境ファイル</translation>
    </message>
    <message>
        <source>INI configuration</source>
        <translation>INI 設定</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <source>Shell script</source>
        <translation>シェルスクリプト</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>keyscout::StartPage</name>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>Keyscout finds Hugging Face tokens and other machine-learning credentials that leaked into files on this computer and shows each one in its context. It only reads: your home folder, the Hugging Face cache, shell and notebook histories and credential files — nothing is sent anywhere, and secrets stay masked unless you reveal them.</source>
        <translation>Keyscout は、このコンピューター上のファイルに漏えいした Hugging Face トークンやその他の機械学習用の認証情報を見つけ、それぞれをコンテキストとともに表示します。行うのは読み取りだけです。対象はホームフォルダー、Hugging Face キャッシュ、シェルとノートブックの履歴、認証情報ファイルです — どこにも何も送信されず、シークレットは表示を選ばない限りマスクされたままです。</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>このワークステーション</translation>
    </message>
    <message>
        <source>Your home folder, Hugging Face cache, histories and credential files</source>
        <translation>ホームフォルダー、Hugging Face キャッシュ、履歴、認証情報ファイル</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>A project, a repository checkout, a download</source>
        <translation>プロジェクト、リポジトリのチェックアウト、ダウンロードしたもの</translation>
    </message>
    <message>
        <source>A mounted home or disk image folder…</source>
        <translation>マウントしたホームフォルダーまたはディスクイメージのフォルダー…</translation>
    </message>
    <message>
        <source>Read-only, for incident response: nothing is written there</source>
        <translation>読み取り専用、インシデント対応向け：何も書き込みません</translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation>デモ用ワークステーション</translation>
    </message>
    <message>
        <source>A generated home with planted, clearly fake tokens — for workshops</source>
        <translation>明らかに偽物のトークンを仕込んだ生成済みのホームフォルダー — ワークショップ向け</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>読み取る対象</translation>
    </message>
    <message>
        <source>Skip installed packages and package caches</source>
        <translation>インストール済みパッケージとパッケージキャッシュをスキップ</translation>
    </message>
    <message>
        <source>Running programs&apos; environments and command lines (this workstation only)</source>
        <translation>実行中のプログラムの環境変数とコマンドライン（このワークステーションのみ）</translation>
    </message>
    <message>
        <source>A token exported in a shell lives on in every program started from it. Only programs you may read; never for a folder or a mounted disk.</source>
        <translation>シェルでエクスポートしたトークンは、そこから起動したすべてのプログラムに残ります。読み取り可能なプログラムだけが対象で、フォルダーやマウントしたディスクのスキャンでは読み取りません。</translation>
    </message>
    <message>
        <source>for example  **/datasets  *.parquet</source>
        <translation>例：  **/datasets  *.parquet</translation>
    </message>
    <message>
        <source>Also skip (globs, separated by spaces)</source>
        <translation>追加でスキップ（glob、スペース区切り）</translation>
    </message>
    <message>
        <source>Also skip:</source>
        <translation>追加でスキップ：</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>The demo workstation as an exercise: find and fix every planted token, paths hidden, then a score</source>
        <translation>デモ用ワークステーションを演習として使います：仕込まれたトークンをすべて見つけて対処します（パスは非表示）。最後にスコアが表示されます</translation>
    </message>
    <message>
        <source>Model files that run code when loaded (pickles), in a chosen folder too</source>
        <translation>読み込み時にコードを実行するモデルファイル（pickle）も調べる（選んだフォルダーでも）</translation>
    </message>
    <message>
        <source>Reads each model file&apos;s header and pickles, never its tensor data. Scanning this workstation always judges the Hugging Face cache.</source>
        <translation>各モデルファイルのヘッダーと pickle だけを読み、テンソルデータは読みません。このワークステーションのスキャンでは Hugging Face キャッシュを常に調べます。</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenInstall</name>
    <message>
        <source>The new token is empty or has spaces or other characters a token never has.</source>
        <translation>新しいトークンが空か、トークンには決して含まれないスペースなどの文字が含まれています。</translation>
    </message>
    <message>
        <source>The token&apos;s name is empty or spans lines; it names a section of %1.</source>
        <translation>トークンの名前が空か、複数行にわたっています。名前は %1 のセクション名になります。</translation>
    </message>
    <message>
        <source>Make %1 the active token (%2)</source>
        <translation>%1 をアクティブなトークンにする（%2）</translation>
    </message>
    <message>
        <source>Save %1 as &quot;%2&quot; in %3</source>
        <translation>%1 を「%2」として %3 に保存</translation>
    </message>
    <message>
        <source>; remove the old token&apos;s section</source>
        <translation>、古いトークンのセクションを削除</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1: 作成できません：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenVerifier</name>
    <message>
        <source>not sent: %1 is not a usable URL</source>
        <translation>未送信：%1 は使用可能な URL ではありません</translation>
    </message>
    <message>
        <source>not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)</source>
        <translation>未送信：%1 は HTTPS ではありません（暗号化なしの HTTP はこのマシン宛てにのみ許可されます）</translation>
    </message>
    <message>
        <source>no online check exists for %1</source>
        <translation>%1 にはオンライン確認がありません</translation>
    </message>
    <message>
        <source>not sent: the token holds characters a header cannot carry</source>
        <translation>未送信：トークンにヘッダーで送れない文字が含まれています</translation>
    </message>
    <message>
        <source>not sent: no tokens, or a value that is not a token</source>
        <translation>未送信：トークンがないか、トークンではない値です</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>accepted; confirm with a check, which must now answer invalid</source>
        <translation>受理されました：確認を行ってください。今は「無効」と応答されるはずです</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>accepted, but the answer was not JSON</source>
        <translation>受理されましたが、応答が JSON ではありませんでした</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), not followed</source>
        <translation>リダイレクト（HTTP %1）には従っていません</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>予期しない HTTP ステータス %1</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopBar</name>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop&lt;/b&gt; — find every planted token, then fix each one: check it, revoke it, remove every copy.</source>
        <translation>&lt;b&gt;ワークショップ&lt;/b&gt; — 仕込まれたトークンをすべて見つけ、それぞれに対処してください：確認し、失効させ、すべてのコピーを削除します。</translation>
    </message>
    <message>
        <source>Finish workshop…</source>
        <translation>ワークショップを終了…</translation>
    </message>
    <message>
        <source>Scans the demo workstation once more and shows the score</source>
        <translation>デモ用ワークステーションをもう一度スキャンして、スコアを表示します</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>仕込まれたシークレット %n 件を見つけてください</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 · fixed %3 of %4 · %5 left</source>
        <translation>発見 %1/%2 · 対処 %3/%4 · 残り %5</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未発見</translation>
    </message>
    <message>
        <source>Nothing to fix: only in Hugging Face&apos;s private token store</source>
        <translation>対処不要：Hugging Face の非公開トークンストアにのみあります</translation>
    </message>
    <message>
        <source>Fixed: revoked, no copy left</source>
        <translation>対処済み：失効済み、コピーなし</translation>
    </message>
    <message>
        <source>Fixed: no copy left</source>
        <translation>対処済み：コピーなし</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>未失効</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>コピー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>残り：%1</translation>
    </message>
    <message>
        <source>Workshop score</source>
        <translation>ワークショップのスコア</translation>
    </message>
    <message>
        <source>A secret is fixed when no copy is left outside Hugging Face&apos;s private token store and git history, and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token is dead.</source>
        <translation>シークレットが対処済みになるのは、Hugging Face の非公開トークンストアと Git 履歴以外にコピーが残っておらず、さらに Hugging Face トークンの場合は失効済みであるときです：プッシュされたコミット内のコピーが無害になるのは、トークンが無効になってからです。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（未発見）</translation>
    </message>
    <message>
        <source>Save score…</source>
        <translation>スコアを保存…</translation>
    </message>
    <message>
        <source>Keyscout workshop score</source>
        <translation>Keyscout ワークショップのスコア</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>スコアを保存</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::detail::Collector</name>
    <message>
        <source>Stopped before every file was read: the plan may miss a use.</source>
        <translation>すべてのファイルを読み取る前に停止しました：計画で使用箇所を見落としている可能性があります。</translation>
    </message>
    <message>
        <source>Stopped at the reading limit (time, files or bytes): the plan may miss a use.</source>
        <translation>読み取り上限（時間、ファイル数、バイト数）で停止しました：計画で使用箇所を見落としている可能性があります。</translation>
    </message>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1: 読み取り可能なフォルダーではありません</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み取れません</translation>
    </message>
</context>
<context>
    <name>keyscout::formats</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>further problems are not listed</source>
        <translation>それ以降の問題は一覧表示しません</translation>
    </message>
    <message>
        <source>not a fish history record</source>
        <translation>fish 履歴のレコードではありません</translation>
    </message>
    <message>
        <source>not a URL with credentials</source>
        <translation>認証情報を含む URL ではありません</translation>
    </message>
    <message>
        <source>&apos;machine&apos; without a host name</source>
        <translation>ホスト名のない &apos;machine&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>値のない &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;machine&apos; または &apos;default&apos; より前の &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;macdef&apos; without a macro name</source>
        <translation>マクロ名のない &apos;macdef&apos;</translation>
    </message>
    <message>
        <source>unexpected word where a keyword belongs</source>
        <translation>キーワードがあるべき位置に予期しない語があります</translation>
    </message>
    <message>
        <source>%1 (not valid JSON)</source>
        <translation>%1（有効な JSON ではありません）</translation>
    </message>
    <message>
        <source>not a docker config (&quot;auths&quot; must be an object)</source>
        <translation>docker の設定ではありません（&quot;auths&quot; はオブジェクトである必要があります）</translation>
    </message>
    <message>
        <source>registry entry is not an object</source>
        <translation>レジストリのエントリがオブジェクトではありません</translation>
    </message>
    <message>
        <source>registry auth is not valid base64</source>
        <translation>レジストリの auth が有効な base64 ではありません</translation>
    </message>
    <message>
        <source>registry auth is not base64 of user:password</source>
        <translation>レジストリの auth が user:password の base64 ではありません</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::EnvFileParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>閉じられていない引用符</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::NetrcTokenizer</name>
    <message>
        <source>unterminated quote</source>
        <translation>閉じられていない引用符</translation>
    </message>
</context>
</TS>
