<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Capabilities</name>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>数据集 %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of organisation %1</source>
        <translation>组织 %1 的模型、数据集和 Space</translation>
    </message>
    <message>
        <source>your models, datasets and Spaces</source>
        <translation>你的模型、数据集和 Space</translation>
    </message>
    <message>
        <source>the models, datasets and Spaces of %1</source>
        <translation>%1 的模型、数据集和 Space</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>组织 %1</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>你的账户</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Can push to %1</source>
        <translation>可推送到 %1</translation>
    </message>
    <message>
        <source>Can download %1, private ones included</source>
        <translation>可下载 %1（包括私有仓库）</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on %1</source>
        <translation>可在 %1 上发起讨论和拉取请求</translation>
    </message>
    <message>
        <source>Has permission %1 on %2</source>
        <translation>对 %2 拥有 %1 权限</translation>
    </message>
    <message>
        <source>Can read the settings and members of %1</source>
        <translation>可读取 %1 的设置和成员</translation>
    </message>
    <message>
        <source>Can change the settings of %1</source>
        <translation>可更改 %1 的设置</translation>
    </message>
    <message>
        <source>Can read the collections of %1</source>
        <translation>可读取 %1 的合集</translation>
    </message>
    <message>
        <source>Can change the collections of %1</source>
        <translation>可更改 %1 的合集</translation>
    </message>
    <message>
        <source>Can make Inference Provider calls billed to %1</source>
        <translation>可发起 Inference Providers 调用，费用计入 %1</translation>
    </message>
    <message>
        <source>Can call the Inference Endpoints of %1</source>
        <translation>可调用 %1 的 Inference Endpoints</translation>
    </message>
    <message>
        <source>Can create, change and delete the Inference Endpoints of %1</source>
        <translation>可创建、更改和删除 %1 的 Inference Endpoints</translation>
    </message>
    <message>
        <source>Can read the webhooks of %1</source>
        <translation>可读取 %1 的 Webhook</translation>
    </message>
    <message>
        <source>Can create and change the webhooks of %1</source>
        <translation>可创建和更改 %1 的 Webhook</translation>
    </message>
    <message>
        <source>Can read the billing of %1</source>
        <translation>可读取 %1 的账单信息</translation>
    </message>
    <message>
        <source>Can open discussions and pull requests on any repository you can see</source>
        <translation>可在你能看到的任何仓库上发起讨论和拉取请求</translation>
    </message>
    <message>
        <source>Can publish posts as you</source>
        <translation>可以你的名义发布帖子</translation>
    </message>
    <message>
        <source>Has the global permission %1</source>
        <translation>拥有全局权限 %1</translation>
    </message>
    <message>
        <source>Acts as organisation %1</source>
        <translation>以组织 %1 的身份操作</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces</source>
        <translation>可写入（推送）你的模型、数据集和 Space</translation>
    </message>
    <message>
        <source>Can write (push) to your models, datasets and Spaces and to those of the organisation where you have write access: %1</source>
        <translation>可写入（推送）你的模型、数据集和 Space，以及你拥有写入权限的那个组织的模型、数据集和 Space：%1</translation>
    </message>
    <message numerus="yes">
        <source>Can write (push) to your models, datasets and Spaces and to those of %n organisations where you have write access: %1</source>
        <translation>
            <numerusform>可写入（推送）你的模型、数据集和 Space，以及你拥有写入权限的 %n 个组织的模型、数据集和 Space：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download your private and gated repositories</source>
        <translation>可下载你的私有仓库和门控仓库</translation>
    </message>
    <message>
        <source>Read-only: can download your private and gated repositories</source>
        <translation>只读：可下载你的私有仓库和门控仓库</translation>
    </message>
    <message>
        <source>Can download the private repositories of the organisation you belong to: %1</source>
        <translation>可下载你所属组织的私有仓库：%1</translation>
    </message>
    <message numerus="yes">
        <source>Can download the private repositories of %n organisations you belong to: %1</source>
        <translation>
            <numerusform>可下载你所属的 %n 个组织的私有仓库：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Can download the gated repositories you have been granted access to</source>
        <translation>可下载你已获准访问的门控仓库</translation>
    </message>
    <message>
        <source>Fine-grained token without permissions: it can only say who you are</source>
        <translation>无任何权限的细粒度令牌：只能表明你的身份</translation>
    </message>
    <message>
        <source>Legacy token (%1 role): reissue it as fine-grained</source>
        <translation>旧版令牌（%1 角色）：请重新签发为细粒度令牌</translation>
    </message>
    <message>
        <source>Can use the %1 API</source>
        <translation>可使用 %1 API</translation>
    </message>
    <message>
        <source>Can use the %1 API as %2</source>
        <translation>可以 %2 的身份使用 %1 API</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>令牌作用域：%1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>Member of: %1</source>
        <translation>所属组织：%1</translation>
    </message>
    <message>
        <source>acts as %1</source>
        <translation>身份为 %1</translation>
    </message>
    <message>
        <source>acts as %1 (%2)</source>
        <translation>身份为 %1（%2）</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>令牌“%1”</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>Invalid, expired or revoked (HTTP %1)</source>
        <translation>无效、已过期或已吊销（HTTP %1）</translation>
    </message>
    <message>
        <source>Exists but was denied (HTTP 403)</source>
        <translation>令牌存在，但请求被拒绝（HTTP 403）</translation>
    </message>
    <message>
        <source>Rate limited: ask again in %1 s</source>
        <translation>已被限速：请在 %1 秒后重试</translation>
    </message>
    <message>
        <source>Rate limited: ask again later</source>
        <translation>已被限速：请稍后重试</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>Not checked: network error</source>
        <translation>未检查：网络错误</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>No online check exists for this provider</source>
        <translation>此提供方没有在线检查</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>Check cache</source>
        <translation>检查结果缓存</translation>
    </message>
    <message>
        <source>cannot read the result (%1)</source>
        <translation>无法读取结果（%1）</translation>
    </message>
    <message>
        <source>cannot save the result (%1)</source>
        <translation>无法保存结果（%1）</translation>
    </message>
    <message>
        <source>cannot remove the result (%1)</source>
        <translation>无法删除结果（%1）</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>keyscout: the staged files could not be checked: %1
</source>
        <translation>keyscout: 无法检查已暂存的文件：%1
</translation>
    </message>
    <message>
        <source>keyscout: not checked (too large or unreadable): %1
</source>
        <translation>keyscout: 未检查（过大或无法读取）：%1
</translation>
    </message>
    <message>
        <source>keyscout: the commit is stopped; the staged files hold secrets:
</source>
        <translation>keyscout: 提交已中止；已暂存的文件中含有机密：
</translation>
    </message>
    <message>
        <source>Take the secrets out of these files (and restage them), then commit again. A token that was
ever pushed must be revoked as well. A false alarm: `git commit --no-verify` skips this check once.
</source>
        <translation>请从这些文件中移除机密（并重新暂存），然后再次提交。曾经推送过的令牌
也必须吊销。如属误报：`git commit --no-verify` 可跳过一次本检查。
</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
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
        <translation>信息</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>待修复</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>已接受风险</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>New (not looked at yet)</source>
        <translation>新发现（尚未查看）</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted (the file was left as it was)</source>
        <translation>已中断（文件保持原样）</translation>
    </message>
    <message>
        <source>prepared, not written</source>
        <translation>已准备，未写入</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描范围</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>cancelled: the results are partial</source>
        <translation>已取消：结果不完整</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>已读取文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Folders read</source>
        <translation>已读取文件夹</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git 历史</translation>
    </message>
    <message>
        <source>repositories: %1, commits and blobs: %2</source>
        <translation>仓库：%1，提交和数据对象：%2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>items: %1, errors among them: %2</source>
        <translation>项目数：%1，其中出错：%2</translation>
    </message>
    <message>
        <source>Keyscout</source>
        <translation>Keyscout</translation>
    </message>
    <message>
        <source>version %1, rules %2 (%3 rules)</source>
        <translation>版本 %1，规则集 %2（%3 条规则）</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>个机密</translation>
    </message>
    <message>
        <source>places</source>
        <translation>个位置</translation>
    </message>
    <message>
        <source>model files that run code or are malformed</source>
        <translation>个会运行代码或格式错误的模型文件</translation>
    </message>
    <message>
        <source>Secrets by severity</source>
        <translation>按严重程度统计的机密</translation>
    </message>
    <message>
        <source>Findings by provider</source>
        <translation>按提供方统计的发现项</translation>
    </message>
    <message>
        <source>Findings by kind of place</source>
        <translation>按位置类型统计的发现项</translation>
    </message>
    <message>
        <source>An unreachable git object (amended away, a dropped stash or a reset).</source>
        <translation>不可达的 Git 对象（被修补提交替换、来自已丢弃的贮藏或被重置）。</translation>
    </message>
    <message>
        <source>In the repository&apos;s configuration.</source>
        <translation>位于仓库的配置中。</translation>
    </message>
    <message>
        <source>Committed in %1 by %2 on %3: %4</source>
        <translation>由 %2 于 %3 提交（%1）：%4</translation>
    </message>
    <message>
        <source>Contained in: %1</source>
        <translation>包含于：%1</translation>
    </message>
    <message>
        <source>Pushed to %1: revoking the secret is the only fix.</source>
        <translation>已推送到 %1：唯一的补救办法是吊销该机密。</translation>
    </message>
    <message>
        <source>File: %1 bytes, mode %2, owner %3, modified %4</source>
        <translation>文件：%1 字节，权限 %2，所有者 %3，修改于 %4</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>发现项 ID</translation>
    </message>
    <message>
        <source>Nothing to check: a model file holds no secret.</source>
        <translation>无需检查：模型文件中不含机密。</translation>
    </message>
    <message>
        <source>Not checked. Nothing is sent to check a token unless you ask: keyscout verify does, after asking.</source>
        <translation>未检查。除非你要求，否则不会为检查令牌而发送任何内容：keyscout verify 会在征得你同意后进行检查。</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>decided %1</source>
        <translation>决定于 %1</translation>
    </message>
    <message>
        <source>Changes Keyscout made to these files:</source>
        <translation>Keyscout 对这些文件所做的更改：</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>The same token is in a CI or deployment file and in a personal place: each environment should have its own.</source>
        <translation>同一令牌既在 CI 或部署文件中，也在个人位置中：每个环境都应使用单独的令牌。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>位置（%1）</translation>
    </message>
    <message>
        <source>Skipped, notices and errors</source>
        <translation>跳过项、提示和错误</translation>
    </message>
    <message>
        <source>Nothing was skipped.</source>
        <translation>没有跳过任何内容。</translation>
    </message>
    <message>
        <source>Could not scan %1</source>
        <translation>无法扫描 %1</translation>
    </message>
    <message>
        <source>Rule file rejected: %1</source>
        <translation>规则文件被拒绝：%1</translation>
    </message>
    <message>
        <source>Read differently</source>
        <translation>以其他方式读取</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Every skipped item</source>
        <translation>所有跳过项</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Scanned root</source>
        <translation>扫描的根目录</translation>
    </message>
    <message>
        <source>Scanned host</source>
        <translation>扫描的主机</translation>
    </message>
    <message>
        <source>Homes scanned</source>
        <translation>扫描的主目录</translation>
    </message>
    <message>
        <source>Scanned by</source>
        <translation>扫描者</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Scan time</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Keyscout %1, rules %2</source>
        <translation>Keyscout %1，规则集 %2</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Network used</source>
        <translation>使用了网络</translation>
    </message>
    <message>
        <source>Running processes read</source>
        <translation>读取了运行中的进程</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态更改时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>(not hashed)</source>
        <translation>（未计算哈希）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Oldest first. ~ marks a time that only bounds when the secret appeared (a file&apos;s modification time).</source>
        <translation>按时间从早到晚排列。带 ~ 的时间只限定了机密出现时间的范围（文件的修改时间）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Keyscout report: secrets found: %1</source>
        <translation>Keyscout 报告：发现的机密：%1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 code of this translation&apos;s language</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Every secret is masked: the report shows where each one is, not what it is.</source>
        <translation>所有机密均已遮蔽：报告显示每个机密所在的位置，而不显示其内容。</translation>
    </message>
    <message>
        <source>This report contains raw secrets. Only you can read the file; do not share it, and delete it once the secrets are revoked.</source>
        <translation>此报告包含原始机密。只有你能读取该文件；请勿分享，并在机密吊销后将其删除。</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>No secret was found.</source>
        <translation>未发现任何机密。</translation>
    </message>
    <message>
        <source>Made by Keyscout %1 on %2.</source>
        <translation>由 Keyscout %1 于 %2 生成。</translation>
    </message>
</context>
<context>
    <name>IPythonHistory</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>不是 SQLite 数据库（文件开头不是“SQLite format 3”）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the temporary copy %1: %2</source>
        <translation>无法写入临时副本 %1：%2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>not an SQLite database (%1)</source>
        <translation>不是 SQLite 数据库（%1）</translation>
    </message>
    <message>
        <source>the database is corrupt (%1)</source>
        <translation>数据库已损坏（%1）</translation>
    </message>
    <message>
        <source>SQLite cannot read the database (%1)</source>
        <translation>SQLite 无法读取该数据库（%1）</translation>
    </message>
    <message>
        <source>— the file is truncated: %1 of the %2 bytes its header announces</source>
        <translation>——文件已截断：只有 %1 字节，而文件头声明有 %2 字节</translation>
    </message>
    <message>
        <source>not an IPython history database (it has no history table)</source>
        <translation>不是 IPython 历史数据库（没有 history 表）</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: the temporary folder (TMPDIR) does not exist</source>
        <translation>无法创建私有临时文件夹：临时文件夹（TMPDIR）不存在</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建私有临时文件夹：%2</translation>
    </message>
    <message>
        <source>the file kept changing while it was copied (a program is writing it): rows may be missing</source>
        <translation>复制期间文件一直在变化（有程序正在写入）：可能缺少部分行</translation>
    </message>
    <message>
        <source>the temporary copy in %1 could not be deleted</source>
        <translation>无法删除 %1 中的临时副本</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keyscout will use %1 from its next start.</source>
        <translation>Keyscout 将从下次启动起使用 %1。</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>PrivateDatabase</name>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>Qt 的 SQLite 驱动（QSQLITE）不可用</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>cannot write to the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>cannot write to its folder %1: %2</source>
        <translation>无法写入其所在文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot read it as an SQLite database (%1)</source>
        <translation>无法作为 SQLite 数据库读取（%1）</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know (it reads version %3); the file is left unchanged</source>
        <translation>由 %1 架构版本 %2 写入，此版本的 Keyscout 无法识别（它读取版本 %3）；文件未作更改</translation>
    </message>
    <message>
        <source>written with %1 schema version %2, which this Keyscout does not know</source>
        <translation>由 %1 架构版本 %2 写入，此版本的 Keyscout 无法识别</translation>
    </message>
    <message>
        <source>refused a key that is not a secret fingerprint (the SHA-256 of the secret as 64 lower-case hex characters)</source>
        <translation>已拒绝一个不是机密指纹的键（机密指纹是机密的 SHA-256，由 64 个小写十六进制字符组成）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>ScopePlan</name>
    <message numerus="yes">
        <source>%n file(s) were not read (too large or unreadable).</source>
        <translation>
            <numerusform>有 %n 个文件未读取（过大或无法读取）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageStore</name>
    <message>
        <source>Triage database</source>
        <translation>处置决定数据库</translation>
    </message>
    <message>
        <source>cannot read the decision (%1)</source>
        <translation>无法读取处置决定（%1）</translation>
    </message>
    <message>
        <source>cannot read the decisions (%1)</source>
        <translation>无法读取各项处置决定（%1）</translation>
    </message>
    <message>
        <source>cannot save the decision (%1)</source>
        <translation>无法保存处置决定（%1）</translation>
    </message>
    <message>
        <source>cannot remove the decision (%1)</source>
        <translation>无法删除处置决定（%1）</translation>
    </message>
</context>
<context>
    <name>keyscout</name>
    <message>
        <source>Nothing to clean: huggingface_hub keeps this token where it belongs, readable only by you. If it is a classic read or write token, replace it with a fine-grained one.</source>
        <translation>无需清理：huggingface_hub 将此令牌保存在应有的位置，只有你能读取。如果它是经典的 read 或 write 令牌，请换成细粒度令牌。</translation>
    </message>
    <message>
        <source>Stop the Jupyter server or kernel if it still runs (a new one gets a new token), and delete stale runtime files.</source>
        <translation>如果 Jupyter 服务器或内核仍在运行，请将其停止（新启动的会获得新令牌），并删除过时的运行时文件。</translation>
    </message>
    <message>
        <source>Treat it as leaked: revoke it first</source>
        <translation>按已泄露处理：先吊销它</translation>
    </message>
    <message>
        <source>Revoke it</source>
        <translation>吊销它</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s console.</source>
        <translation>%1：请在 %2 的控制台中操作。</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Create its replacement as a fine-grained token with only the permissions you use: https://huggingface.co/settings/tokens/new?tokenType=fineGrained</source>
        <translation>创建一个细粒度令牌作为替代，只授予你实际使用的权限：https://huggingface.co/settings/tokens/new?tokenType=fineGrained</translation>
    </message>
    <message>
        <source>Give CI and deployment their own token, kept in the CI&apos;s secret store, and keep yours for yourself.</source>
        <translation>为 CI 和部署单独配置令牌，并保存在 CI 的机密存储中；你自己的令牌只留给自己用。</translation>
    </message>
    <message>
        <source>Clear the notebook&apos;s outputs (Jupyter: Edit → Clear Outputs of All Cells, or `nbstripout %1`), and its .ipynb_checkpoints copy.</source>
        <translation>清除笔记本的输出（Jupyter：Edit → Clear Outputs of All Cells，或 `nbstripout %1`），以及它在 .ipynb_checkpoints 中的副本。</translation>
    </message>
    <message>
        <source>In notebooks, read the token from the environment or `huggingface_hub.login()` instead of writing it in a cell.</source>
        <translation>在笔记本中，请从环境变量或通过 `huggingface_hub.login()` 读取令牌，不要把它写在单元格里。</translation>
    </message>
    <message>
        <source>Delete the lines from %1 (bash: `history -d N`, then `history -w`), and type tokens at a prompt rather than on the command line.</source>
        <translation>从 %1 中删除这些行（bash：先 `history -d N`，再 `history -w`），今后在交互提示中输入令牌，不要直接写在命令行上。</translation>
    </message>
    <message>
        <source>Delete the rows from IPython&apos;s history.sqlite and run VACUUM, so no copy stays in free pages.</source>
        <translation>从 IPython 的 history.sqlite 中删除这些行并运行 VACUUM，以免空闲页中残留副本。</translation>
    </message>
    <message>
        <source>Remove the token from %1; load it from a secret store or the token store at run time.</source>
        <translation>从 %1 中移除令牌；在运行时从机密存储或令牌存储中加载。</translation>
    </message>
    <message>
        <source>Remove the line from ~/.git-credentials and use a credential helper that encrypts (libsecret, or `git config --global credential.helper cache`).</source>
        <translation>从 ~/.git-credentials 中删除该行，改用会加密的凭据助手（libsecret，或 `git config --global credential.helper cache`）。</translation>
    </message>
    <message>
        <source>Log in again with a Docker credential store (docker-credential-secretservice) so no password stays in config.json.</source>
        <translation>使用 Docker 凭据存储（docker-credential-secretservice）重新登录，使 config.json 中不再保留密码。</translation>
    </message>
    <message>
        <source>Replace the key in %1 with the new one, and keep the file readable only by you.</source>
        <translation>将 %1 中的密钥替换为新密钥，并确保该文件只有你能读取。</translation>
    </message>
    <message>
        <source>Log in again (`hf auth login`) so the token store holds only the new token, readable only by you.</source>
        <translation>重新登录（`hf auth login`），使令牌存储中只保留新令牌，且只有你能读取。</translation>
    </message>
    <message>
        <source>Restart the programs that hold it, after removing it from where it was set (a shell start-up file, a launcher).</source>
        <translation>先从设置它的位置（shell 启动文件、启动器）中将其移除，再重启持有它的程序。</translation>
    </message>
    <message>
        <source>Rewrite the history that holds it (git filter-repo) only after revoking: a pushed commit stays in every clone.</source>
        <translation>只有在吊销之后，才重写包含它的 Git 历史（git filter-repo）：已推送的提交会留在每个克隆中。</translation>
    </message>
    <message>
        <source>Remove the token from %1 and read it from the environment or a secret store.</source>
        <translation>从 %1 中移除令牌，改为从环境变量或机密存储中读取。</translation>
    </message>
    <message>
        <source>Add %1 to .gitignore before anything is committed.</source>
        <translation>在提交任何内容之前，将 %1 添加到 .gitignore。</translation>
    </message>
    <message>
        <source>%1 is tracked by git: remove it from the repository (`git rm --cached`), then ignore it.</source>
        <translation>%1 已被 git 跟踪：请将其从仓库中移除（`git rm --cached`），然后忽略它。</translation>
    </message>
    <message>
        <source>Make %1 readable only by you (`chmod 600`).</source>
        <translation>将 %1 设为只有你能读取（`chmod 600`）。</translation>
    </message>
    <message>
        <source>Scan again: no copy of the old token should be left.</source>
        <translation>再次扫描：确认旧令牌没有任何副本残留。</translation>
    </message>
    <message>
        <source>Checkpoint of notebook %1</source>
        <translation>笔记本 %1 的检查点</translation>
    </message>
    <message>
        <source>Notebook %1</source>
        <translation>笔记本 %1</translation>
    </message>
    <message>
        <source>%1, cell %2, line %3</source>
        <translation>%1，单元格 %2，第 %3 行</translation>
    </message>
    <message>
        <source>%1, cell %2 output (%3), line %4</source>
        <translation>%1，单元格 %2 的输出（%3），第 %4 行</translation>
    </message>
    <message>
        <source>%1, cell %2 attachment, line %3</source>
        <translation>%1，单元格 %2 的附件，第 %3 行</translation>
    </message>
    <message>
        <source>%1, cell %2 metadata, file line %3</source>
        <translation>%1，单元格 %2 的元数据，文件第 %3 行</translation>
    </message>
    <message>
        <source>%1, widget state, file line %2</source>
        <translation>%1，小部件状态，文件第 %2 行</translation>
    </message>
    <message>
        <source>%1, notebook metadata, file line %2</source>
        <translation>%1，笔记本元数据，文件第 %2 行</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source> (user %1)</source>
        <translation>（用户 %1）</translation>
    </message>
    <message>
        <source>Git configuration of %1, line %2</source>
        <translation>%1 的 Git 配置，第 %2 行</translation>
    </message>
    <message>
        <source>Git history of %1: unreachable blob %2, line %3</source>
        <translation>%1 的 Git 历史：不可达数据对象 %2，第 %3 行</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>提交说明</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in unreachable commit %3 (%4), line %5</source>
        <translation>%1 的 Git 历史：不可达提交 %3（%4）中的 %2，第 %5 行</translation>
    </message>
    <message>
        <source>Git history of %1: %2 in commit %3 (%4), line %5</source>
        <translation>%1 的 Git 历史：提交 %3（%4）中的 %2，第 %5 行</translation>
    </message>
    <message>
        <source>Running process %1</source>
        <translation>运行中的进程 %1</translation>
    </message>
    <message>
        <source>Running process %1 (pid %2)</source>
        <translation>运行中的进程 %1（pid %2）</translation>
    </message>
    <message>
        <source>%1, command line</source>
        <translation>%1，命令行</translation>
    </message>
    <message>
        <source>%1, variable %2</source>
        <translation>%1，变量 %2</translation>
    </message>
    <message>
        <source>, session of %1</source>
        <translation>，会话开始于 %1</translation>
    </message>
    <message>
        <source>IPython history, session %1, Out[%2]%3</source>
        <translation>IPython 历史记录，会话 %1，Out[%2]%3</translation>
    </message>
    <message>
        <source>IPython history, session %1, In [%2]%3</source>
        <translation>IPython 历史记录，会话 %1，In [%2]%3</translation>
    </message>
    <message>
        <source>IPython history %1, deleted rows or free pages</source>
        <translation>IPython 历史记录 %1，已删除的行或空闲页</translation>
    </message>
    <message>
        <source>Hugging Face saved tokens, line %1</source>
        <translation>Hugging Face 已保存的令牌，第 %1 行</translation>
    </message>
    <message>
        <source>Hugging Face saved token “%1”, line %2</source>
        <translation>Hugging Face 已保存的令牌“%1”，第 %2 行</translation>
    </message>
    <message>
        <source>Hugging Face token store (%1)</source>
        <translation>Hugging Face 令牌存储（%1）</translation>
    </message>
    <message>
        <source>Git credentials file, line %1</source>
        <translation>Git 凭据文件，第 %1 行</translation>
    </message>
    <message>
        <source>Git credentials for %1%2, line %3</source>
        <translation>%1%2 的 Git 凭据，第 %3 行</translation>
    </message>
    <message>
        <source>Network login file .netrc, line %1</source>
        <translation>网络登录文件 .netrc，第 %1 行</translation>
    </message>
    <message>
        <source>Network login file .netrc, machine %1%2, line %3</source>
        <translation>网络登录文件 .netrc，主机 %1%2，第 %3 行</translation>
    </message>
    <message>
        <source>Kaggle API key file</source>
        <translation>Kaggle API 密钥文件</translation>
    </message>
    <message>
        <source>AWS credentials file, line %1</source>
        <translation>AWS 凭据文件，第 %1 行</translation>
    </message>
    <message>
        <source>Docker registry logins, line %1</source>
        <translation>Docker 镜像仓库登录信息，第 %1 行</translation>
    </message>
    <message>
        <source>Docker login for %1%2, line %3</source>
        <translation>%1%2 的 Docker 登录信息，第 %3 行</translation>
    </message>
    <message>
        <source>Shell history %1, line %2, run %3</source>
        <translation>Shell 历史记录 %1，第 %2 行，执行于 %3</translation>
    </message>
    <message>
        <source>Shell history %1, line %2</source>
        <translation>Shell 历史记录 %1，第 %2 行</translation>
    </message>
    <message>
        <source>Conda environment %1</source>
        <translation>Conda 环境 %1</translation>
    </message>
    <message>
        <source>Shell start-up file %1</source>
        <translation>Shell 启动文件 %1</translation>
    </message>
    <message>
        <source>Conda activation script %1</source>
        <translation>Conda 激活脚本 %1</translation>
    </message>
    <message>
        <source>Environment file %1</source>
        <translation>环境文件 %1</translation>
    </message>
    <message>
        <source>%1, variable %2, line %3</source>
        <translation>%1，变量 %2，第 %3 行</translation>
    </message>
    <message>
        <source>Jupyter runtime file %1, line %2</source>
        <translation>Jupyter 运行时文件 %1，第 %2 行</translation>
    </message>
    <message>
        <source>Compressed file %1, line %2 of its content</source>
        <translation>压缩文件 %1，解压后内容第 %2 行</translation>
    </message>
    <message>
        <source>Binary file %1, byte %2</source>
        <translation>二进制文件 %1，第 %2 字节</translation>
    </message>
    <message>
        <source>File %1, line %2</source>
        <translation>文件 %1，第 %2 行</translation>
    </message>
    <message>
        <source>stored properly</source>
        <translation>妥善存储</translation>
    </message>
    <message>
        <source>private file</source>
        <translation>私有文件</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>notebook output</source>
        <translation>笔记本输出</translation>
    </message>
    <message>
        <source>live process</source>
        <translation>运行中的进程</translation>
    </message>
    <message>
        <source>readable by the group</source>
        <translation>同组用户可读</translation>
    </message>
    <message>
        <source>readable by every user</source>
        <translation>所有用户可读</translation>
    </message>
    <message>
        <source>git repository with a remote</source>
        <translation>有远程仓库的 Git 仓库</translation>
    </message>
    <message>
        <source>git history</source>
        <translation>Git 历史</translation>
    </message>
    <message>
        <source>published (pushed)</source>
        <translation>已公开（已推送）</translation>
    </message>
    <message>
        <source>Kept by huggingface_hub where it belongs, readable only by you.</source>
        <translation>由 huggingface_hub 保存在应有的位置，只有你能读取。</translation>
    </message>
    <message>
        <source>Plain text in a file only you can read.</source>
        <translation>以明文保存在只有你能读取的文件中。</translation>
    </message>
    <message>
        <source>Kept in a history, which lives on after the command: anything that reads or syncs your home folder reads it.</source>
        <translation>保存在历史记录中，命令结束后依然存在：任何读取或同步你主目录的程序都能读到它。</translation>
    </message>
    <message>
        <source>Saved in a notebook&apos;s output: one commit or one shared notebook away from publication.</source>
        <translation>保存在笔记本的输出中：只需一次提交或一次分享笔记本就会公开。</translation>
    </message>
    <message>
        <source>In a running program&apos;s environment or command line, and in every program it starts.</source>
        <translation>位于运行中程序的环境变量或命令行中，也存在于它启动的每个程序中。</translation>
    </message>
    <message>
        <source>The file can be read by every member of its group.</source>
        <translation>该文件所属组的每个成员都能读取它。</translation>
    </message>
    <message>
        <source>The file can be read by every user of this machine.</source>
        <translation>本机的每个用户都能读取该文件。</translation>
    </message>
    <message>
        <source>In an unreachable object of %1&apos;s history (amended away, reset or a dropped stash): no branch shows it, but the object database still holds it.</source>
        <translation>位于 %1 的 Git 历史中的不可达对象里（被修补提交替换、被重置或来自已丢弃的贮藏）：任何分支都看不到它，但对象库中仍保存着它。</translation>
    </message>
    <message>
        <source>Committed in %1&apos;s history, not pushed: it can still be rewritten locally.</source>
        <translation>已提交到 %1 的 Git 历史中，尚未推送：仍可在本地重写。</translation>
    </message>
    <message>
        <source>In a commit that %1 contains: it was pushed%2. Revocation is the only fix; rewriting history does not reach the copies others have.</source>
        <translation>位于 %1 所包含的提交中：它已被推送%2。唯一的补救办法是吊销；重写历史无法触及他人手中的副本。</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>In the git working tree %1, whose remote %2 is on %3.</source>
        <translation>位于 Git 工作区 %1 中，其远程仓库 %2 位于 %3。</translation>
    </message>
    <message>
        <source>a local path</source>
        <translation>本地路径</translation>
    </message>
    <message>
        <source>The file is tracked: the secret is committed or staged.</source>
        <translation>该文件已被跟踪：机密已提交或已暂存。</translation>
    </message>
    <message>
        <source>The file is not ignored: one commit and one push away.</source>
        <translation>该文件未被忽略：只需一次提交和一次推送就会公开。</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which ignores this file.</source>
        <translation>它位于 Git 工作区 %1 中，该工作区忽略此文件。</translation>
    </message>
    <message>
        <source>It is in the git working tree %1, which has no remote.</source>
        <translation>它位于 Git 工作区 %1 中，该工作区没有远程仓库。</translation>
    </message>
    <message>
        <source>The token no longer works (revoked or expired): remove the copies that are left; there is nothing to revoke.</source>
        <translation>该令牌已失效（已吊销或已过期）：请删除剩余的副本；无需吊销。</translation>
    </message>
    <message>
        <source>Published in a pushed commit: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>已通过推送的提交公开：请视为已泄露。立即吊销，然后重新签发并删除所有副本。</translation>
    </message>
    <message>
        <source>Published in a commit pushed to %1: treat it as compromised. Revoke it now, then reissue it and remove every copy.</source>
        <translation>已通过推送到 %1 的提交公开：请视为已泄露。立即吊销，然后重新签发并删除所有副本。</translation>
    </message>
    <message>
        <source>It could write: check the repositories it could change for commits you did not make.</source>
        <translation>它具有写入权限：请检查它能更改的仓库中有没有不是你做的提交。</translation>
    </message>
    <message>
        <source>Kept only in Hugging Face&apos;s token store, readable only by you: nothing leaked.</source>
        <translation>仅保存在 Hugging Face 令牌存储中，只有你能读取：没有泄露。</translation>
    </message>
    <message>
        <source>Exposed (%1): revoke it and reissue it as a fine-grained token, then remove every copy.</source>
        <translation>已暴露（%1）：请吊销并重新签发为细粒度令牌，然后删除所有副本。</translation>
    </message>
    <message>
        <source>It is a classic %1 token: reissue it as fine-grained, whatever its age.</source>
        <translation>这是经典的 %1 令牌：无论创建了多久，都请重新签发为细粒度令牌。</translation>
    </message>
    <message>
        <source>%1: the link points to nothing</source>
        <translation>%1：链接指向的目标不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2: %3</source>
        <translation>%1：无法在 %2 中创建文件：%3</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Restart %1 (pid %2) without the token</source>
        <translation>不带令牌重启 %1（pid %2）</translation>
    </message>
    <message>
        <source>A running program keeps the environment it was started with. Remove the token from where it was set, then restart the program (or `unset %1` in its shell).</source>
        <translation>运行中的程序会保留启动时的环境。请先从设置令牌的位置将其移除，然后重启该程序（或在其 shell 中执行 `unset %1`）。</translation>
    </message>
    <message>
        <source>Replace the token in Hugging Face&apos;s token store: %1</source>
        <translation>替换 Hugging Face 令牌存储中的令牌：%1</translation>
    </message>
    <message>
        <source>Installing the new token replaces it here (`hf auth login` does the same).</source>
        <translation>安装新令牌时会替换此处的令牌（`hf auth login` 效果相同）。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n IPython history row(s) from %1</source>
        <translation>
            <numerusform>从 %1 中删除 %n 行 IPython 历史记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are deleted with SQLite&apos;s secure_delete, the database is compacted (VACUUM) so no free page keeps a copy, and its write-ahead log is emptied.</source>
        <translation>使用 SQLite 的 secure_delete 删除这些行，压缩数据库（VACUUM）以免空闲页保留副本，并清空其预写日志。</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>Delete or rewrite the compressed file %1</source>
        <translation>删除或重写压缩文件 %1</translation>
    </message>
    <message>
        <source>Keyscout does not rewrite compressed files: delete it if it is an old log, or decompress, clean and compress it again.</source>
        <translation>Keyscout 不会重写压缩文件：如果是旧日志，请将其删除；否则请解压、清理后重新压缩。</translation>
    </message>
    <message>
        <source>Delete the compiled Python file %1</source>
        <translation>删除已编译的 Python 文件 %1</translation>
    </message>
    <message>
        <source>Compiled from a source that held the token; Python compiles it again from the cleaned source when needed.</source>
        <translation>它由含有令牌的源文件编译而来；需要时 Python 会从清理后的源文件重新编译。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n byte(s))</source>
        <translation>
            <numerusform>删除 %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the token from %1 by hand</source>
        <translation>手动从 %1 中移除令牌</translation>
    </message>
    <message>
        <source>A binary file: Keyscout does not rewrite it. Delete it if you can, or rebuild it from cleaned sources.</source>
        <translation>这是二进制文件：Keyscout 不会重写它。如果可以，请将其删除，或从清理后的源文件重新构建。</translation>
    </message>
    <message>
        <source>Remove the token from the remote URL in %1</source>
        <translation>从 %1 的远程 URL 中移除令牌</translation>
    </message>
    <message>
        <source>git then asks a credential helper for the password: `git config --global credential.helper store` (or libsecret), or `hf auth login --add-to-git-credential` with the new token.</source>
        <translation>之后 git 会向凭据助手索取密码：`git config --global credential.helper store`（或 libsecret），或用新令牌执行 `hf auth login --add-to-git-credential`。</translation>
    </message>
    <message>
        <source>%1: not a notebook Keyscout can rewrite (%2)</source>
        <translation>%1：不是 Keyscout 能重写的笔记本（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n output(s) holding the token from %1</source>
        <translation>
            <numerusform>从 %1 中移除 %n 个含有令牌的输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the cells of %1</source>
        <translation>替换 %1 单元格中的令牌</translation>
    </message>
    <message>
        <source>Outputs that printed the token are dropped and a token in a cell&apos;s source becomes %1; every other byte of the notebook stays as it was. Load the token from the environment instead (os.environ[&quot;HF_TOKEN&quot;]) and strip outputs before committing.</source>
        <translation>打印过令牌的输出会被删除，单元格源码中的令牌会变为 %1；笔记本的其余字节保持不变。今后请改为从环境变量加载令牌（os.environ[&quot;HF_TOKEN&quot;]），并在提交前清除输出。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n history entry(ies) from %1</source>
        <translation>
            <numerusform>从 %1 中移除 %n 条历史记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved credential(s) from %1</source>
        <translation>
            <numerusform>从 %1 中移除 %n 条已保存的凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) setting the token from %1</source>
        <translation>
            <numerusform>从 %1 中移除 %n 行设置令牌的内容</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands that typed the token are dropped from the history file. Close other shells first: a running shell writes its own history back when it exits.</source>
        <translation>从历史文件中删除输入过令牌的命令。请先关闭其他 shell：运行中的 shell 退出时会写回自己的历史记录。</translation>
    </message>
    <message>
        <source>Set the new token where it belongs instead: Hugging Face&apos;s token store (`hf auth login`) or a secret manager, not a file that is copied around.</source>
        <translation>请改为将新令牌放在应有的位置：Hugging Face 令牌存储（`hf auth login`）或机密管理器，而不是会被到处复制的文件。</translation>
    </message>
    <message>
        <source>The file no longer holds the token as it was found: scan again.</source>
        <translation>该文件中已不再含有当初发现的令牌：请重新扫描。</translation>
    </message>
    <message>
        <source>The token is encoded in this file (base64 or escaped): edit it with the tool that wrote it (`docker logout &lt;registry&gt;` for docker).</source>
        <translation>令牌在此文件中经过编码（base64 或转义）：请用写入它的工具修改（docker 使用 `docker logout &lt;registry&gt;`）。</translation>
    </message>
    <message>
        <source>Replace the token in %1 with %2</source>
        <translation>将 %1 中的令牌替换为 %2</translation>
    </message>
    <message>
        <source>The token becomes %1 wherever it is in the file; then read the new token from the environment or Hugging Face&apos;s token store instead of the file.</source>
        <translation>文件中所有位置的令牌都会变为 %1；之后请从环境变量或 Hugging Face 令牌存储读取新令牌，而不是从该文件读取。</translation>
    </message>
    <message>
        <source>%1: no longer holds the token; scan again</source>
        <translation>%1：已不再含有该令牌；请重新扫描</translation>
    </message>
    <message>
        <source>Git history of %1: pushed, revocation is the fix</source>
        <translation>%1 的 Git 历史：已推送，需通过吊销补救</translation>
    </message>
    <message>
        <source>Git history of %1: rewrite it before anything is pushed</source>
        <translation>%1 的 Git 历史：在推送之前重写</translation>
    </message>
    <message>
        <source>Commits that were pushed stay in every clone and fork: revoke the token (the earlier step); rewriting history afterwards only tidies up and needs a force-push.</source>
        <translation>已推送的提交会留在每个克隆和复刻中：请吊销令牌（前面的步骤）；之后重写历史只是清理，而且需要强制推送。</translation>
    </message>
    <message>
        <source>These commits were not pushed: after revoking, rewrite them with git filter-repo (this command), then expire the reflog and prune: `git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`.</source>
        <translation>这些提交尚未推送：吊销之后，用 git filter-repo（即此命令）重写它们，然后使引用日志过期并清理：`git reflog expire --expire-unreachable=now --all &amp;&amp; git gc --prune=now`。</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>你的账户</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>inference because %1 %2</source>
        <translation>需要推理，因为 %1 %2</translation>
    </message>
    <message>
        <source>write because %1 %2 %3</source>
        <translation>需要写入，因为 %1 %2 %3</translation>
    </message>
    <message>
        <source>read because %1 %2 %3</source>
        <translation>需要读取，因为 %1 %2 %3</translation>
    </message>
    <message>
        <source>org.read because the token works with %1&apos;s repositories (%2)</source>
        <translation>需要 org.read，因为令牌会操作 %1 的仓库（%2）</translation>
    </message>
    <message>
        <source>Gated repositories of others are read (%1): access to them comes with the user permission to read gated repositories you can access.</source>
        <translation>读取了他人的门控仓库（%1）：访问它们所需的是“读取你可访问的门控仓库”这一用户权限。</translation>
    </message>
    <message>
        <source>Read access to contents of all public gated repos you can access</source>
        <translation>Read access to contents of all public gated repos you can access（读取你可访问的所有公开门控仓库的内容）</translation>
    </message>
    <message>
        <source>Check the old token first to tell your repositories from others&apos; and to find your organisations: until then every repository used is listed.</source>
        <translation>请先检查旧令牌，以区分你的仓库和他人的仓库，并找出你所属的组织：在此之前，会列出用到的每个仓库。</translation>
    </message>
    <message>
        <source>The link preselects only what the Hub documents for it; tick the rest on the page by hand (listed below).</source>
        <translation>该链接只会预先勾选 Hub 文档中说明的选项；其余选项请在页面上手动勾选（见下方列表）。</translation>
    </message>
    <message>
        <source>Public repositories of %1 are read (%2): any token reads them, no permission needed.</source>
        <translation>读取了 %1 的公开仓库（%2）：任何令牌都能读取，无需权限。</translation>
    </message>
    <message>
        <source>a classic %1 token: it acts on everything the account can reach</source>
        <translation>经典 %1 令牌：可操作该账户能访问的一切</translation>
    </message>
    <message>
        <source>%1 on every repository of %2</source>
        <translation>%2 所有仓库上的 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 (global)</source>
        <translation>%1（全局）</translation>
    </message>
    <message>
        <source>reading every gated repository the account can access</source>
        <translation>读取该账户可访问的所有门控仓库</translation>
    </message>
    <message>
        <source>huggingface_hub reads the token from here; written owner-only (0600).</source>
        <translation>huggingface_hub 从这里读取令牌；写入时仅所有者可访问（0600）。</translation>
    </message>
    <message>
        <source>Model file that runs code when loaded</source>
        <translation>加载时会运行代码的模型文件</translation>
    </message>
    <message>
        <source>Model file that imports code outside the allow-list</source>
        <translation>导入允许列表之外代码的模型文件</translation>
    </message>
    <message>
        <source>Malformed model file</source>
        <translation>格式错误的模型文件</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Loading it imports %1, which %2.</source>
        <translation>加载它会导入 %1（%2）。</translation>
    </message>
    <message>
        <source>Hugging Face cache: %1 %2 at revision %3, file %4</source>
        <translation>Hugging Face 缓存：%1 %2，修订版本 %3，文件 %4</translation>
    </message>
    <message>
        <source>Same weights as safetensors: %1</source>
        <translation>相同权重的 safetensors 版本：%1</translation>
    </message>
    <message>
        <source>Model file %1</source>
        <translation>模型文件 %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>危险</translation>
    </message>
    <message>
        <source>not allow-listed</source>
        <translation>不在允许列表中</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>导入：%1</translation>
    </message>
</context>
<context>
    <name>keyscout::ChangeJournal</name>
    <message>
        <source>%1: the backup folder cannot be created</source>
        <translation>%1：无法创建备份文件夹</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be made private: %2</source>
        <translation>%1：无法将备份文件夹设为私有：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a Keyscout backup manifest (%2)</source>
        <translation>%1：不是 Keyscout 备份清单（%2）</translation>
    </message>
    <message>
        <source>%1: this step is done by hand</source>
        <translation>%1：此步骤需手动完成</translation>
    </message>
    <message>
        <source>%1: no longer exists</source>
        <translation>%1：已不存在</translation>
    </message>
    <message>
        <source>%1: changed since the preview; nothing was done. Scan again.</source>
        <translation>%1：自预览以来已被更改；未执行任何操作。请重新扫描。</translation>
    </message>
    <message>
        <source>%1: cannot be deleted: %2</source>
        <translation>%1：无法删除：%2</translation>
    </message>
    <message>
        <source>stopped after writing (fault injection)</source>
        <translation>写入后停止（故障注入）</translation>
    </message>
    <message>
        <source>stopped after the backup (fault injection)</source>
        <translation>备份后停止（故障注入）</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout created it; not deleted.</source>
        <translation>%1：自 Keyscout 创建以来已被更改；未删除。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the rows could not be deleted: %2</source>
        <translation>%1：无法删除这些行：%2</translation>
    </message>
    <message>
        <source>no change %1 in the journal</source>
        <translation>更改日志中没有更改 %1</translation>
    </message>
    <message>
        <source>%1: the change is %2, not applied; nothing to undo</source>
        <translation>%1：该更改的状态为 %2，并未应用；无可撤销</translation>
    </message>
    <message>
        <source>%1: the backup was deleted; the change cannot be undone</source>
        <translation>%1：备份已被删除；无法撤销该更改</translation>
    </message>
    <message>
        <source>%1: changed since Keyscout cleaned it; not overwritten. The backup is %2.</source>
        <translation>%1：自 Keyscout 清理以来已被更改；未覆盖。备份位于 %2。</translation>
    </message>
    <message>
        <source>%1: the backup is damaged (its SHA-256 differs); the file was not touched</source>
        <translation>%1：备份已损坏（其 SHA-256 不符）；未改动该文件</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1：无法删除</translation>
    </message>
    <message>
        <source>no backup for change %1</source>
        <translation>更改 %1 没有备份</translation>
    </message>
    <message>
        <source>%1: the rows were deleted, but the database could not be compacted: %2</source>
        <translation>%1：这些行已删除，但无法压缩数据库：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::CleanupStep</name>
    <message>
        <source>Each copy of the token, and how Keyscout removes it. Every change is shown first, backed up, written in one step and can be undone. Untick what you want to handle yourself.</source>
        <translation>令牌的每个副本，以及 Keyscout 如何移除它。每项更改都会先显示、再备份，然后一次性写入，并可撤销。取消勾选你想自行处理的项目。</translation>
    </message>
    <message>
        <source>Changes that remove the token</source>
        <translation>移除令牌的更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>更改预览</translation>
    </message>
    <message>
        <source>Command to run by hand</source>
        <translation>需手动运行的命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>应用勾选的更改</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>撤销此更改</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <source>Changed, but scanning it again still finds the token.</source>
        <translation>已更改，但重新扫描仍发现该令牌。</translation>
    </message>
    <message>
        <source>%1: changed (backup %2) but still holds the token</source>
        <translation>%1：已更改（备份 %2），但仍含有该令牌</translation>
    </message>
    <message>
        <source>Scanned again: the token is gone. Backup kept as change %1.</source>
        <translation>已重新扫描：令牌已消失。备份保留为更改 %1。</translation>
    </message>
    <message>
        <source>%1 — scanned again, token gone (change %2, undoable)</source>
        <translation>%1 — 已重新扫描，令牌已消失（更改 %2，可撤销）</translation>
    </message>
    <message>
        <source>Put back as it was.</source>
        <translation>已恢复原样。</translation>
    </message>
    <message>
        <source>Undid: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>手动：%1</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>keyscout::CodeView</name>
    <message>
        <source>Context of the finding</source>
        <translation>发现项的上下文</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file.</source>
        <translation>对文件第 %1 至 %2 行的更改。</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>对文件第 %1 至 %2 行的更改；第 %3 行的机密已显示。</translation>
    </message>
    <message>
        <source>A change to lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>对文件第 %1 至 %2 行的更改；第 %3 行的机密已遮蔽。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file.</source>
        <translation>文件第 %1 至 %2 行。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is revealed.</source>
        <translation>文件第 %1 至 %2 行；第 %3 行的机密已显示。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 of the file; the secret on line %3 is masked.</source>
        <translation>文件第 %1 至 %2 行；第 %3 行的机密已遮蔽。</translation>
    </message>
</context>
<context>
    <name>keyscout::DetailPanel</name>
    <message>
        <source>unreachable blob %1</source>
        <translation>不可达数据对象 %1</translation>
    </message>
    <message>
        <source>commit message</source>
        <translation>提交说明</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>on no branch</source>
        <translation>不在任何分支上</translation>
    </message>
    <message>
        <source>%1 cell %2, source</source>
        <translation>%1 单元格 %2，源码</translation>
    </message>
    <message>
        <source>cell %1, output %2: %3</source>
        <translation>单元格 %1，输出 %2：%3</translation>
    </message>
    <message>
        <source>%1 cell %2, %3</source>
        <translation>%1 单元格 %2，%3</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <source> (checkpoint of %1)</source>
        <translation>（%1 的检查点）</translation>
    </message>
    <message>
        <source>Reveal secret</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>Shows the raw secret in this view only. It is never written anywhere.</source>
        <translation>仅在此视图中显示原始机密，绝不会写入任何地方。</translation>
    </message>
    <message>
        <source>Fix this token…</source>
        <translation>修复此令牌…</translation>
    </message>
    <message>
        <source>Check what it can do, revoke it and remove every copy, step by step</source>
        <translation>逐步检查它能做什么、吊销它并删除所有副本</translation>
    </message>
    <message>
        <source>Every place this secret was found</source>
        <translation>发现此机密的所有位置</translation>
    </message>
    <message>
        <source>Why (kept with the decision)</source>
        <translation>原因（随处置决定一起保存）</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>保存处置决定</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处置决定：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Select a secret to see where it is.</source>
        <translation>选择一个机密以查看它所在的位置。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>Checked %1: %2. %3</source>
        <translation>检查于 %1：%2。%3</translation>
    </message>
    <message>
        <source>checked %1: %2</source>
        <translation>检查于 %1：%2</translation>
    </message>
    <message>
        <source>What this token can do:</source>
        <translation>此令牌能做什么：</translation>
    </message>
    <message>
        <source>What this token can do: %1</source>
        <translation>此令牌能做什么：%1</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s):</source>
        <translation>
            <numerusform>在 %n 个位置发现：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in Hugging Face&apos;s token store, and copied to %n other place(s): those copies should not exist.</source>
        <translation>
            <numerusform>保存在 Hugging Face 令牌存储中，并被复制到另外 %n 个位置：这些副本不应存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared across environments: this token is in a CI or deployment file and in your own places. Give each environment its own token.</source>
        <translation>跨环境共用：此令牌既在 CI 或部署文件中，也在你自己的位置中。请为每个环境使用单独的令牌。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>隐藏机密</translation>
    </message>
    <message>
        <source>Responder mode: read-only, offline</source>
        <translation>事件响应模式：只读、离线</translation>
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
        <translation>HTML 报告（供人阅读）</translation>
    </message>
    <message>
        <source>JSON report</source>
        <translation>JSON 报告</translation>
    </message>
    <message>
        <source>SARIF for code scanning</source>
        <translation>SARIF（用于代码扫描）</translation>
    </message>
    <message>
        <source>CSV, one row per place</source>
        <translation>CSV，每个位置一行</translation>
    </message>
    <message>
        <source>JSON Lines, one place per line</source>
        <translation>JSON Lines，每行一个位置</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>文本报告</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Include raw secrets</source>
        <translation>包含原始机密</translation>
    </message>
    <message>
        <source>Without it every secret is masked. A report with raw secrets is written readable only by you.</source>
        <translation>不勾选时，所有机密均会遮蔽。包含原始机密的报告在写入时会设为只有你能读取。</translation>
    </message>
    <message>
        <source>Include raw secrets?</source>
        <translation>要包含原始机密吗？</translation>
    </message>
    <message>
        <source>The report will contain every secret in full. Anyone who reads the file can use them. It is written readable only by you; do not share it, and delete it once the secrets are revoked.</source>
        <translation>报告将包含每个机密的完整内容。任何读到该文件的人都能使用它们。该文件在写入时会设为只有你能读取；请勿分享，并在机密吊销后将其删除。</translation>
    </message>
    <message>
        <source>Include secrets</source>
        <translation>包含机密</translation>
    </message>
</context>
<context>
    <name>keyscout::FindingsModel</name>
    <message>
        <source>To fix</source>
        <translation>待修复</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>已接受风险</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
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
        <translation>信息</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n 个位置</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 secret %2, %3</source>
        <translation>机密 %2，%3，严重程度：%1</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>keyscout::GitRepository</name>
    <message>
        <source>%1: not in a git working tree (%2)</source>
        <translation>%1：不在 Git 工作区中（%2）</translation>
    </message>
    <message>
        <source>git cannot be started: %1</source>
        <translation>无法启动 git：%1</translation>
    </message>
    <message>
        <source>git %1 did not finish in time</source>
        <translation>git %1 未在限定时间内完成</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::InstallStep</name>
    <message>
        <source>Paste the new token. Keyscout checks it with Hugging Face (the same read-only request as for the old one), compares what it may do with the plan, then stores it where huggingface_hub and the hf tool read it: the active token file and a named entry of stored_tokens, readable only by you. Every file written is backed up and can be put back.</source>
        <translation>粘贴新令牌。Keyscout 会向 Hugging Face 检查它（与检查旧令牌时相同的只读请求），将它能做的事与规划进行比较，然后保存到 huggingface_hub 和 hf 工具读取令牌的位置：当前令牌文件和 stored_tokens 中的一个命名条目，只有你能读取。写入的每个文件都会备份，并可恢复。</translation>
    </message>
    <message>
        <source>hf_…</source>
        <translation>hf_…</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>Check it</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Put the old store back</source>
        <translation>恢复旧的令牌存储</translation>
    </message>
    <message>
        <source>This is the leaked token. Create a new one on the token page first.</source>
        <translation>这是已泄露的令牌。请先在令牌页面上创建一个新令牌。</translation>
    </message>
    <message>
        <source>Checking the new token with %1…</source>
        <translation>正在向 %1 检查新令牌…</translation>
    </message>
    <message>
        <source>This token cannot be used. Paste it again, or create another.</source>
        <translation>此令牌无法使用。请重新粘贴，或另建一个。</translation>
    </message>
    <message>
        <source>It may do more than your work needs: consider a narrower token. You can still store it.</source>
        <translation>它能做的可能超出你的工作所需：建议使用权限更小的令牌。你仍然可以保存它。</translation>
    </message>
    <message>
        <source>new token checked: %1</source>
        <translation>已检查新令牌：%1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>storing the new token failed: %1</source>
        <translation>保存新令牌失败：%1</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>已保存。%1</translation>
    </message>
    <message>
        <source>new token “%1” stored: %2 (changes %3)</source>
        <translation>新令牌“%1”已保存：%2（更改 %3）</translation>
    </message>
    <message>
        <source>The token store is back as it was.</source>
        <translation>令牌存储已恢复原样。</translation>
    </message>
    <message>
        <source>new token&apos;s installation undone</source>
        <translation>已撤销新令牌的安装</translation>
    </message>
</context>
<context>
    <name>keyscout::MainWindow</name>
    <message>
        <source>Demo workstation</source>
        <translation>演示工作站</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>要扫描的文件夹</translation>
    </message>
    <message>
        <source>Could not create the demo workstation: %1</source>
        <translation>无法创建演示工作站：%1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>无法保存处置决定：%1</translation>
    </message>
    <message>
        <source>Decisions cannot be saved: %1</source>
        <translation>处置决定均无法保存：%1</translation>
    </message>
    <message>
        <source>The demo&apos;s stand-in for Hugging Face could not start: %1</source>
        <translation>演示用的 Hugging Face 模拟服务无法启动：%1</translation>
    </message>
    <message>
        <source>Demo workstation: checks and revocations of its Hugging Face tokens go to a stand-in on this machine (%1), never to huggingface.co.</source>
        <translation>演示工作站：其 Hugging Face 令牌的检查和吊销请求会发送到本机上的模拟服务（%1），绝不会发送到 huggingface.co。</translation>
    </message>
    <message>
        <source>Mounted home or disk image folder to scan (read-only)</source>
        <translation>要扫描的已挂载主目录或磁盘镜像文件夹（只读）</translation>
    </message>
    <message>
        <source>The decision is not saved: Keyscout&apos;s data folder %1 is inside the scanned folder, where nothing is written.</source>
        <translation>处置决定未保存：Keyscout 的数据文件夹 %1 位于被扫描的文件夹中，而该文件夹中不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>No home folder under %1 (home/*, root/, the homes its etc/passwd names).</source>
        <translation>%1 下没有主目录（home/*、root/，以及其 etc/passwd 中列出的主目录）。</translation>
    </message>
    <message>
        <source>Mounted home or disk image</source>
        <translation>已挂载的主目录或磁盘镜像</translation>
    </message>
    <message>
        <source>Responder mode</source>
        <translation>事件响应模式</translation>
    </message>
    <message>
        <source>Read-only responder scan of %1 — nothing is written there, nothing is sent</source>
        <translation>对 %1 的只读事件响应扫描——不会向其中写入任何内容，也不会发送任何内容</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Keyscout — Workshop</source>
        <translation>Keyscout — 工作坊</translation>
    </message>
</context>
<context>
    <name>keyscout::NotebookCleanFilter</name>
    <message>
        <source>%1: %2 is already set to something else; left alone</source>
        <translation>%1：%2 已设置为其他值；保持不变</translation>
    </message>
    <message>
        <source>%1: the git folder cannot be found</source>
        <translation>%1：找不到 git 文件夹</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1：无法删除</translation>
    </message>
</context>
<context>
    <name>keyscout::Place</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Shell histories</source>
        <translation>Shell 历史记录</translation>
    </message>
    <message>
        <source>IPython histories</source>
        <translation>IPython 历史记录</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>Credential files</source>
        <translation>凭据文件</translation>
    </message>
    <message>
        <source>Token stores</source>
        <translation>令牌存储</translation>
    </message>
    <message>
        <source>Git history</source>
        <translation>Git 历史</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>运行中的进程</translation>
    </message>
    <message>
        <source>Model files</source>
        <translation>模型文件</translation>
    </message>
</context>
<context>
    <name>keyscout::PlanStep</name>
    <message>
        <source>The replacement should be a fine-grained token with only what your work uses. Keyscout reads your projects&apos; code, notebooks and scripts and the Hugging Face cache to find the repositories you read and write — as text, nothing is run.</source>
        <translation>替代令牌应是细粒度令牌，只包含你的工作所用的权限。Keyscout 会读取你项目中的代码、笔记本和脚本以及 Hugging Face 缓存，找出你读写的仓库——仅作为文本读取，不运行任何内容。</translation>
    </message>
    <message>
        <source>Read my projects</source>
        <translation>读取我的项目</translation>
    </message>
    <message>
        <source>Permissions the new token needs</source>
        <translation>新令牌所需的权限</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open the token creation page</source>
        <translation>打开令牌创建页面</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Nothing in your projects needs a permission: a token with no scope, or read access to public repositories only, is enough.</source>
        <translation>你的项目不需要任何权限：一个没有作用域的令牌，或只能读取公开仓库的令牌就足够了。</translation>
    </message>
    <message>
        <source>Your code reads gated repositories: tick “Read access to contents of all public gated repos you can access”.</source>
        <translation>你的代码会读取门控仓库：请勾选“Read access to contents of all public gated repos you can access”（读取你可访问的所有公开门控仓库的内容）。</translation>
    </message>
    <message>
        <source>Tick by hand on the creation page (its other options cannot be filled in for you):</source>
        <translation>请在创建页面上手动勾选（该页面的其他选项无法替你自动填写）：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>已读取 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyscout::PreCommitHook</name>
    <message>
        <source>%1: the hooks folder cannot be found</source>
        <translation>%1：找不到 hooks 文件夹</translation>
    </message>
    <message>
        <source>%1: a pre-commit hook is there and %2 too; Keyscout leaves both alone</source>
        <translation>%1：已有 pre-commit 钩子，且 %2 也已存在；Keyscout 不会改动两者</translation>
    </message>
    <message>
        <source>%1: the hooks folder cannot be created</source>
        <translation>%1：无法创建 hooks 文件夹</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1：无法重命名为 %2：%3</translation>
    </message>
    <message>
        <source>%1: not Keyscout&apos;s hook; left alone</source>
        <translation>%1：不是 Keyscout 的钩子；保持不变</translation>
    </message>
    <message>
        <source>%1: cannot be deleted</source>
        <translation>%1：无法删除</translation>
    </message>
    <message>
        <source>%1: cannot be renamed back to %2: %3</source>
        <translation>%1：无法改回原名 %2：%3</translation>
    </message>
</context>
<context>
    <name>keyscout::PreventStep</name>
    <message>
        <source>Keep the next token out of git. The pre-commit hook refuses a commit whose staged files hold a token (an existing hook keeps running first); the notebook filter commits notebooks without their outputs while your copy keeps them. Both go into the repository&apos;s own settings, not its files, and can be taken out again.</source>
        <translation>防止下一个令牌进入 git。pre-commit 钩子会拒绝暂存文件中含有令牌的提交（已有的钩子仍会先运行）；笔记本过滤器在提交笔记本时去掉输出，而你本地的副本仍保留输出。两者都写入仓库自身的设置而非其文件，并可再次移除。</translation>
    </message>
    <message>
        <source>Repositories and their guards</source>
        <translation>仓库及其防护</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Pre-commit hook</source>
        <translation>pre-commit 钩子</translation>
    </message>
    <message>
        <source>Notebook filter</source>
        <translation>笔记本过滤器</translation>
    </message>
    <message>
        <source>Another repository…</source>
        <translation>其他仓库…</translation>
    </message>
    <message>
        <source>Remove the hook</source>
        <translation>移除钩子</translation>
    </message>
    <message>
        <source>Install the hook</source>
        <translation>安装钩子</translation>
    </message>
    <message>
        <source>Remove the notebook filter</source>
        <translation>移除笔记本过滤器</translation>
    </message>
    <message>
        <source>Install the notebook filter</source>
        <translation>安装笔记本过滤器</translation>
    </message>
    <message>
        <source>Repository to guard</source>
        <translation>要防护的仓库</translation>
    </message>
    <message>
        <source>installed (after yours)</source>
        <translation>已安装（在你的钩子之后运行）</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>pre-commit hook installed in %1</source>
        <translation>已在 %1 中安装 pre-commit 钩子</translation>
    </message>
    <message>
        <source>pre-commit hook removed from %1</source>
        <translation>已从 %1 中移除 pre-commit 钩子</translation>
    </message>
    <message>
        <source>pre-commit hook in %1: %2</source>
        <translation>%1 中的 pre-commit 钩子：%2</translation>
    </message>
    <message>
        <source>notebook filter installed in %1</source>
        <translation>已在 %1 中安装笔记本过滤器</translation>
    </message>
    <message>
        <source>notebook filter removed from %1</source>
        <translation>已从 %1 中移除笔记本过滤器</translation>
    </message>
    <message>
        <source>notebook filter in %1: %2</source>
        <translation>%1 中的笔记本过滤器：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationLog</name>
    <message>
        <source># Remediation of %1 %2</source>
        <translation># %1 %2 的修复记录</translation>
    </message>
    <message>
        <source>- Fingerprint (SHA-256 of the token): `%1`</source>
        <translation>- 指纹（令牌的 SHA-256）：`%1`</translation>
    </message>
    <message>
        <source>- Started: %1</source>
        <translation>- 开始时间：%1</translation>
    </message>
    <message>
        <source>- Written by Keyscout %1</source>
        <translation>- 由 Keyscout %1 生成</translation>
    </message>
    <message>
        <source>## What was done</source>
        <translation>## 已完成的操作</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <source>## What remains</source>
        <translation>## 尚待完成</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>keyscout::RemediationWizard</name>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan the replacement</source>
        <translation>规划替代令牌</translation>
    </message>
    <message>
        <source>Install the new token</source>
        <translation>安装新令牌</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>吊销旧令牌</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>删除所有副本</translation>
    </message>
    <message>
        <source>Keep it out of git</source>
        <translation>防止进入 git</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Fix %1 %2</source>
        <translation>修复 %1 %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>预防</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>no permission needed by local use</source>
        <translation>本地使用不需要任何权限</translation>
    </message>
    <message>
        <source>least permissions: %1</source>
        <translation>最小权限：%1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Where the token is and how exposed</source>
        <translation>令牌所在位置及暴露情况</translation>
    </message>
    <message>
        <source>Every place the token was found</source>
        <translation>发现该令牌的所有位置</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>它能做什么</translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>检查令牌</translation>
    </message>
    <message>
        <source>Keyscout has no read-only check for %1 tokens: what it can do depends on how it was created; see the provider&apos;s settings.</source>
        <translation>Keyscout 没有针对 %1 令牌的只读检查：它能做什么取决于它的创建方式；请查看提供方的设置。</translation>
    </message>
    <message>
        <source>Checking sends this token, in a request header and nowhere else, to %1. %2 answers who it belongs to and what it may do; the check changes nothing. Nothing is sent unless you press the button.</source>
        <translation>检查会将此令牌发送到 %1，且仅放在请求头中。%2 会回答它属于谁以及能做什么；检查不会更改任何内容。除非你按下按钮，否则不会发送任何内容。</translation>
    </message>
    <message>
        <source>Once a token has leaked, only revoking it makes it harmless: copies may already be elsewhere. Create its replacement first if something depends on it, then revoke.</source>
        <translation>令牌一旦泄露，只有吊销才能使其无害：副本可能已经流传到别处。如果有程序依赖它，请先创建替代令牌，再吊销。</translation>
    </message>
    <message>
        <source>Revoke it now</source>
        <translation>立即吊销</translation>
    </message>
    <message>
        <source>Send the token to %1 to revoke it. Hugging Face invalidates it and e-mails its owner.</source>
        <translation>将令牌发送到 %1 以吊销它。Hugging Face 会使其失效，并通过电子邮件通知其所有者。</translation>
    </message>
    <message>
        <source>Open the token settings</source>
        <translation>打开令牌设置</translation>
    </message>
    <message>
        <source>Check that it stopped working</source>
        <translation>确认它已失效</translation>
    </message>
    <message>
        <source>Revoke it where it was created.</source>
        <translation>请在创建它的地方吊销它。</translation>
    </message>
    <message>
        <source>Or revoke it yourself: %1</source>
        <translation>或自行吊销：%1</translation>
    </message>
    <message>
        <source>I revoked it</source>
        <translation>我已吊销</translation>
    </message>
    <message>
        <source>Marked revoked by you (Keyscout cannot check %1 tokens).</source>
        <translation>已由你标记为已吊销（Keyscout 无法检查 %1 令牌）。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>marked revoked by the person (no check exists for this provider)</source>
        <translation>由用户标记为已吊销（此提供方没有可用的检查）</translation>
    </message>
    <message>
        <source>Sending the revocation…</source>
        <translation>正在发送吊销请求…</translation>
    </message>
    <message>
        <source>revocation sent to %1 with consent</source>
        <translation>经同意后已将吊销请求发送到 %1</translation>
    </message>
    <message>
        <source>What was done, and what remains</source>
        <translation>已完成的操作和尚待完成的事项</translation>
    </message>
    <message>
        <source>Remediation log</source>
        <translation>修复记录</translation>
    </message>
    <message>
        <source>Save the log…</source>
        <translation>保存记录…</translation>
    </message>
    <message>
        <source>Save the remediation log</source>
        <translation>保存修复记录</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1，已完成</translation>
    </message>
    <message>
        <source>%1, needs attention</source>
        <translation>%1，需要处理</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>checked with %1 (consent given)</source>
        <translation>已向 %1 检查（已获同意）</translation>
    </message>
    <message>
        <source>Confirmed: the old token is refused now (%1).</source>
        <translation>已确认：旧令牌现在会被拒绝（%1）。</translation>
    </message>
    <message>
        <source>confirmed: the token is refused (%1)</source>
        <translation>已确认：令牌被拒绝（%1）</translation>
    </message>
    <message>
        <source>It still works (%1). Revoke it on the settings page, then check again.</source>
        <translation>它仍然有效（%1）。请在设置页面上吊销它，然后再次检查。</translation>
    </message>
    <message>
        <source>Could not confirm: %1. Check again later.</source>
        <translation>无法确认：%1。请稍后再次检查。</translation>
    </message>
    <message>
        <source>not confirmed yet: %1</source>
        <translation>尚未确认：%1</translation>
    </message>
    <message>
        <source>The revocation could not be sent: %1</source>
        <translation>无法发送吊销请求：%1</translation>
    </message>
    <message>
        <source>revocation failed: %1</source>
        <translation>吊销失败：%1</translation>
    </message>
    <message>
        <source>revocation answered HTTP %1; confirming</source>
        <translation>吊销请求返回 HTTP %1；正在确认</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>It was published and could write. Look through the recent commits of these accounts&apos; repositories for changes you did not make, and through each organisation&apos;s audit log (Enterprise plans) since the first exposure:</source>
        <translation>它已公开且具有写入权限。请查看这些账户的仓库近期的提交中有没有不是你做的更改，并查看每个组织自首次暴露以来的审计日志（Enterprise 方案）：</translation>
    </message>
    <message>
        <source>Start with the repositories these places push to:</source>
        <translation>先从这些位置推送到的仓库查起：</translation>
    </message>
    <message>
        <source>commit history</source>
        <translation>提交历史</translation>
    </message>
    <message>
        <source>Revoke the old token and confirm it is refused.</source>
        <translation>吊销旧令牌，并确认它会被拒绝。</translation>
    </message>
    <message>
        <source>First exposure: %1, %2.</source>
        <translation>首次暴露：%1，%2。</translation>
    </message>
</context>
<context>
    <name>keyscout::ResultsPage</name>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Scan the same places again; your decisions are kept.</source>
        <translation>再次扫描相同的位置；你的处置决定会保留。</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>新建扫描</translation>
    </message>
    <message>
        <source>Filter: provider, file, place…</source>
        <translation>筛选：提供方、文件、位置…</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>筛选发现项</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有提供方</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>最低严重程度</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>任意严重程度</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>位置类型</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处置决定</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>任意处置决定</translation>
    </message>
    <message>
        <source>Findings, one row per secret</source>
        <translation>发现项，每个机密一行</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>%1 files · %2 · %3/s · %4 skipped</source>
        <translation>%1 个文件 · %2 · %3/s · 已跳过 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>%n git repositories, %1 objects</source>
        <translation>
            <numerusform>%n 个 Git 仓库，%1 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan stopped after %1 s; the results are partial.</source>
        <translation>扫描在 %1 秒后停止；结果不完整。</translation>
    </message>
    <message>
        <source>Scan finished in %1 s.</source>
        <translation>扫描完成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n read as plain text</source>
        <translation>
            <numerusform>%n 个按纯文本读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n 个无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>What this scan did not read, or read differently, and why</source>
        <translation>本次扫描未读取或以其他方式读取的内容，以及原因</translation>
    </message>
    <message>
        <source>Not read, or read differently</source>
        <translation>未读取或以其他方式读取</translation>
    </message>
    <message>
        <source>Files that were skipped, could not be read, or were read as plain text because their format was broken. Secrets in skipped files are not in the results.</source>
        <translation>被跳过、无法读取，或因格式损坏而按纯文本读取的文件。被跳过的文件中的机密不在结果中。</translation>
    </message>
    <message>
        <source>read as text  %1: %2</source>
        <translation>按纯文本读取  %1：%2</translation>
    </message>
    <message>
        <source>unreadable    %1: %2</source>
        <translation>无法读取      %1：%2</translation>
    </message>
    <message>
        <source>skipped       %1: %2</source>
        <translation>已跳过        %1：%2</translation>
    </message>
    <message>
        <source>%1 secret(s) in %2 place(s) · %3 critical · %4 high</source>
        <translation>%2 个位置中有 %1 个机密 · 严重 %3 · 高 %4</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this scan as an HTML, JSON, SARIF, CSV or JSON Lines report</source>
        <translation>将本次扫描保存为 HTML、JSON、SARIF、CSV 或 JSON Lines 报告</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
</context>
<context>
    <name>keyscout::Rules</name>
    <message>
        <source>OpenAI project API key</source>
        <translation>OpenAI 项目 API 密钥</translation>
    </message>
    <message>
        <source>An OpenAI project API key calls the OpenAI API on the project&apos;s bill, with the permissions set on the key (models, files, assistants, fine-tuning).</source>
        <translation>OpenAI 项目 API 密钥以该密钥上设置的权限（模型、文件、助手、微调）调用 OpenAI API，费用计入该项目。</translation>
    </message>
    <message>
        <source>OpenAI service account API key</source>
        <translation>OpenAI 服务账户 API 密钥</translation>
    </message>
    <message>
        <source>An OpenAI service account key calls the OpenAI API as a project&apos;s service account, on the organization&apos;s bill, independently of any person.</source>
        <translation>OpenAI 服务账户密钥以某个项目的服务账户身份调用 OpenAI API，费用计入该组织，不依赖于任何个人。</translation>
    </message>
    <message>
        <source>OpenAI admin API key</source>
        <translation>OpenAI 管理员 API 密钥</translation>
    </message>
    <message>
        <source>An OpenAI admin API key manages the organization itself: members, projects, API keys, usage and audit logs.</source>
        <translation>OpenAI 管理员 API 密钥管理组织本身：成员、项目、API 密钥、用量和审计日志。</translation>
    </message>
    <message>
        <source>OpenAI API key (legacy user key)</source>
        <translation>OpenAI API 密钥（旧版用户密钥）</translation>
    </message>
    <message>
        <source>A legacy OpenAI user API key calls the OpenAI API with its owner&apos;s full rights on the organization&apos;s bill.</source>
        <translation>旧版 OpenAI 用户 API 密钥以其所有者的全部权限调用 OpenAI API，费用计入该组织。</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 密钥</translation>
    </message>
    <message>
        <source>An Anthropic API key calls the Claude API (messages, batches, files) on its workspace&apos;s bill.</source>
        <translation>Anthropic API 密钥调用 Claude API（消息、批处理、文件），费用计入其所属工作区。</translation>
    </message>
    <message>
        <source>Anthropic Admin API key</source>
        <translation>Anthropic Admin API 密钥</translation>
    </message>
    <message>
        <source>An Anthropic Admin API key manages the organization: members, workspaces, API keys and usage reports.</source>
        <translation>Anthropic Admin API 密钥管理组织：成员、工作区、API 密钥和用量报告。</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Replicate API 令牌</translation>
    </message>
    <message>
        <source>A Replicate API token runs models and deployments and reads predictions and trainings on the account&apos;s bill.</source>
        <translation>Replicate API 令牌可运行模型和部署，并读取预测和训练任务，费用计入该账户。</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq API 密钥</translation>
    </message>
    <message>
        <source>A Groq API key calls Groq&apos;s inference API (chat, audio, batches) on the organization&apos;s bill.</source>
        <translation>Groq API 密钥调用 Groq 的推理 API（对话、音频、批处理），费用计入该组织。</translation>
    </message>
    <message>
        <source>NVIDIA API key (NGC / build.nvidia.com)</source>
        <translation>NVIDIA API 密钥（NGC / build.nvidia.com）</translation>
    </message>
    <message>
        <source>An NVIDIA API key calls NVIDIA-hosted model endpoints and, depending on its scopes, the NGC catalog and private registry of its organization.</source>
        <translation>NVIDIA API 密钥调用 NVIDIA 托管的模型端点，并视其作用域而定，访问其所属组织的 NGC 目录和私有镜像仓库。</translation>
    </message>
    <message>
        <source>LangSmith personal access token</source>
        <translation>LangSmith 个人访问令牌</translation>
    </message>
    <message>
        <source>A LangSmith personal access token reads and writes traces, datasets and prompts in its owner&apos;s LangSmith workspaces.</source>
        <translation>LangSmith 个人访问令牌可读写其所有者的 LangSmith 工作区中的追踪记录、数据集和提示词。</translation>
    </message>
    <message>
        <source>LangSmith service key</source>
        <translation>LangSmith 服务密钥</translation>
    </message>
    <message>
        <source>A LangSmith service key reads and writes traces, datasets and prompts of a LangSmith workspace as a service, not tied to a person.</source>
        <translation>LangSmith 服务密钥以服务身份读写某个 LangSmith 工作区的追踪记录、数据集和提示词，不与任何个人绑定。</translation>
    </message>
    <message>
        <source>Pinecone API key</source>
        <translation>Pinecone API 密钥</translation>
    </message>
    <message>
        <source>A Pinecone API key reads, writes and deletes the vector indexes of its Pinecone project.</source>
        <translation>Pinecone API 密钥可读取、写入和删除其所属 Pinecone 项目的向量索引。</translation>
    </message>
    <message>
        <source>OpenRouter API key</source>
        <translation>OpenRouter API 密钥</translation>
    </message>
    <message>
        <source>An OpenRouter API key calls any model routed by OpenRouter and spends the account&apos;s credits.</source>
        <translation>OpenRouter API 密钥可调用经 OpenRouter 路由的任何模型，并消耗该账户的额度。</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>xAI API 密钥</translation>
    </message>
    <message>
        <source>An xAI API key calls the Grok models of the xAI API on the team&apos;s bill.</source>
        <translation>xAI API 密钥调用 xAI API 的 Grok 模型，费用计入该团队。</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Perplexity API 密钥</translation>
    </message>
    <message>
        <source>A Perplexity API key calls the Perplexity (Sonar) API on the account&apos;s bill.</source>
        <translation>Perplexity API 密钥调用 Perplexity（Sonar）API，费用计入该账户。</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google API 密钥</translation>
    </message>
    <message>
        <source>A Google API key calls the Google APIs enabled for its Cloud project (Gemini, Maps, Firebase...) on the project&apos;s bill, unless the key is restricted.</source>
        <translation>除非该密钥设有限制，否则 Google API 密钥可调用其 Cloud 项目已启用的 Google API（Gemini、Maps、Firebase…），费用计入该项目。</translation>
    </message>
    <message>
        <source>Cohere API key</source>
        <translation>Cohere API 密钥</translation>
    </message>
    <message>
        <source>A Cohere API key calls Cohere&apos;s models (chat, embed, rerank) on the account&apos;s bill.</source>
        <translation>Cohere API 密钥调用 Cohere 的模型（对话、嵌入、重排序），费用计入该账户。</translation>
    </message>
    <message>
        <source>DeepSeek API key</source>
        <translation>DeepSeek API 密钥</translation>
    </message>
    <message>
        <source>A DeepSeek API key calls the DeepSeek API (chat and reasoner models) on the account&apos;s balance.</source>
        <translation>DeepSeek API 密钥调用 DeepSeek API（chat 和 reasoner 模型），费用从该账户余额中扣除。</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>GitHub 个人访问令牌（经典）</translation>
    </message>
    <message>
        <source>A classic GitHub personal access token acts as its owner on GitHub with the scopes chosen at creation (often repo, workflow or admin:org): private code, Actions, packages and settings.</source>
        <translation>经典 GitHub 个人访问令牌以创建时选择的作用域（通常为 repo、workflow 或 admin:org）在 GitHub 上以其所有者的身份操作：私有代码、Actions、软件包和设置。</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>GitHub OAuth 访问令牌</translation>
    </message>
    <message>
        <source>A GitHub OAuth app access token acts as the user who authorized the app, within the scopes the app was granted.</source>
        <translation>GitHub OAuth 应用访问令牌在授予该应用的作用域内，以授权该应用的用户的身份操作。</translation>
    </message>
    <message>
        <source>GitHub App user access token</source>
        <translation>GitHub App 用户访问令牌</translation>
    </message>
    <message>
        <source>A GitHub App user-to-server token acts as a user through a GitHub App, limited to the app&apos;s permissions and the repositories both can reach.</source>
        <translation>GitHub App 用户到服务器令牌通过 GitHub App 以某个用户的身份操作，仅限于该应用的权限以及两者都能访问的仓库。</translation>
    </message>
    <message>
        <source>GitHub App installation token</source>
        <translation>GitHub App 安装令牌</translation>
    </message>
    <message>
        <source>A GitHub App installation (server-to-server) token acts as the app on the repositories it is installed on, for about an hour; Actions GITHUB_TOKEN values have this form.</source>
        <translation>GitHub App 安装（服务器到服务器）令牌在约 1 小时内，以该应用的身份操作其所安装到的仓库；Actions 的 GITHUB_TOKEN 值就是这种形式。</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>GitHub App 刷新令牌</translation>
    </message>
    <message>
        <source>A GitHub App refresh token can be exchanged for new user access tokens for that app until it expires.</source>
        <translation>GitHub App 刷新令牌在过期之前，可用于换取该应用的新用户访问令牌。</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>GitHub 细粒度个人访问令牌</translation>
    </message>
    <message>
        <source>A fine-grained GitHub personal access token acts as its owner on the repositories and with the permissions selected at creation (contents, issues, Actions, administration...).</source>
        <translation>细粒度 GitHub 个人访问令牌以其所有者的身份操作，范围限于创建时选择的仓库和权限（内容、议题、Actions、管理…）。</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS 访问密钥 ID</translation>
    </message>
    <message>
        <source>An AWS access key ID names an IAM access key and reveals the AWS account it belongs to; it is the public half of the credential, so look for the secret access key stored next to it.</source>
        <translation>AWS 访问密钥 ID 标识一个 IAM 访问密钥，并暴露其所属的 AWS 账户；它是该凭据中公开的一半，因此请查找存放在它旁边的秘密访问密钥。</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>AWS 秘密访问密钥</translation>
    </message>
    <message>
        <source>An AWS secret access key, with its access key ID, signs AWS API requests with all the permissions of the IAM user or role it belongs to.</source>
        <translation>AWS 秘密访问密钥与其访问密钥 ID 一起，能以其所属 IAM 用户或角色的全部权限为 AWS API 请求签名。</translation>
    </message>
    <message>
        <source>Password or token in git credentials</source>
        <translation>git 凭据中的密码或令牌</translation>
    </message>
    <message>
        <source>A password or token stored by git&apos;s `store` credential helper in plain text: whoever reads the file pushes and pulls as you on that host. A token of a known kind in the same place is reported as that kind.</source>
        <translation>由 git 的 `store` 凭据助手以明文保存的密码或令牌：任何读到该文件的人都能以你的身份在该主机上推送和拉取。同一位置中已知类型的令牌会按该类型报告。</translation>
    </message>
    <message>
        <source>Password in .netrc</source>
        <translation>.netrc 中的密码</translation>
    </message>
    <message>
        <source>A password (often an API key) for a host in ~/.netrc, which curl, pip, git and many Python clients send automatically. A key of a known kind in the same place is reported as that kind.</source>
        <translation>~/.netrc 中某个主机的密码（通常是 API 密钥），curl、pip、git 和许多 Python 客户端会自动发送它。同一位置中已知类型的密钥会按该类型报告。</translation>
    </message>
    <message>
        <source>Google Cloud application default credentials (refresh token)</source>
        <translation>Google Cloud 应用默认凭据（刷新令牌）</translation>
    </message>
    <message>
        <source>The refresh token `gcloud auth application-default login` stores: any program that reads it gets access tokens for your Google account&apos;s cloud projects (Vertex AI, storage buckets with datasets and models) until you revoke it (`gcloud auth application-default revoke`).</source>
        <translation>`gcloud auth application-default login` 保存的刷新令牌：在你吊销它（`gcloud auth application-default revoke`）之前，任何读取它的程序都能获得用于你 Google 账户下各云项目（Vertex AI、存放数据集和模型的存储桶）的访问令牌。</translation>
    </message>
    <message>
        <source>Credential-like value assigned to a key, token or secret</source>
        <translation>赋给密钥、令牌或机密的疑似凭据值</translation>
    </message>
    <message>
        <source>A random-looking value assigned to a variable or key named like an API key, token or secret; it may give access to whatever service that name refers to.</source>
        <translation>赋给名称类似 API 密钥、令牌或机密的变量或键的一个看似随机的值；它可能授予对该名称所指服务的访问权限。</translation>
    </message>
    <message>
        <source>Hugging Face user access token</source>
        <translation>Hugging Face 用户访问令牌</translation>
    </message>
    <message>
        <source>A Hugging Face user access token acts as its owner on the Hub: depending on its role or fine-grained scopes it can read or write the user&apos;s and their organizations&apos; private models, datasets and Spaces, and spend their Inference credits.</source>
        <translation>Hugging Face 用户访问令牌在 Hub 上以其所有者的身份操作：视其角色或细粒度作用域而定，它可以读取或写入该用户及其所属组织的私有模型、数据集和 Space，并消耗他们的 Inference 额度。</translation>
    </message>
    <message>
        <source>Hugging Face organization API token (legacy)</source>
        <translation>Hugging Face 组织 API 令牌（旧版）</translation>
    </message>
    <message>
        <source>A legacy Hugging Face organization API token, deprecated since August 2023 but still found in old code and configs; it was issued to act on behalf of an organization on the Hub.</source>
        <translation>旧版 Hugging Face 组织 API 令牌，自 2023 年 8 月起已弃用，但仍见于旧代码和配置中；它曾被签发用于在 Hub 上代表某个组织进行操作。</translation>
    </message>
    <message>
        <source>Hugging Face OAuth access token</source>
        <translation>Hugging Face OAuth 访问令牌</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face OAuth access token (about 8 hours), issued by &quot;Sign in with Hugging Face&quot; or a user trusted publisher; until it expires it acts as the user within the granted scopes.</source>
        <translation>短期有效的 Hugging Face OAuth 访问令牌（约 8 小时），由“Sign in with Hugging Face”或用户可信发布者签发；在过期之前，它在所授予的作用域内以该用户的身份操作。</translation>
    </message>
    <message>
        <source>Hugging Face trusted-publisher token</source>
        <translation>Hugging Face 可信发布者令牌</translation>
    </message>
    <message>
        <source>A short-lived Hugging Face token (about 1 hour) that a CI job gets from a repo trusted publisher; until it expires it can write to that one repository.</source>
        <translation>CI 作业从仓库可信发布者获得的短期有效 Hugging Face 令牌（约 1 小时）；在过期之前，它可以写入这一个仓库。</translation>
    </message>
    <message>
        <source>Jupyter server token in a runtime file</source>
        <translation>运行时文件中的 Jupyter 服务器令牌</translation>
    </message>
    <message>
        <source>The token of a running (or crashed) Jupyter server: whoever has it and can reach the server&apos;s port runs code as you. It is written to the runtime folder at start-up and lingers after a crash; it dies with the server.</source>
        <translation>正在运行（或已崩溃）的 Jupyter 服务器的令牌：任何持有它且能访问该服务器端口的人都能以你的身份运行代码。它在启动时写入运行时文件夹，崩溃后仍会残留；服务器停止后它即失效。</translation>
    </message>
    <message>
        <source>Jupyter server URL with its token</source>
        <translation>带令牌的 Jupyter 服务器 URL</translation>
    </message>
    <message>
        <source>A Jupyter server&apos;s login URL, as it prints it at start-up and writes it to jpserver-*-open.html: the token in it lets anyone who can reach the port run code as you while that server runs. It often ends up in shell logs, notebook outputs and chat messages.</source>
        <translation>Jupyter 服务器在启动时打印并写入 jpserver-*-open.html 的登录 URL：在该服务器运行期间，其中的令牌可让任何能访问该端口的人以你的身份运行代码。它常常出现在 shell 日志、笔记本输出和聊天消息中。</translation>
    </message>
    <message>
        <source>Jupyter kernel connection key</source>
        <translation>Jupyter 内核连接密钥</translation>
    </message>
    <message>
        <source>The signing key of a running kernel&apos;s connection file: with it, anyone who can reach the kernel&apos;s ports runs code in it. Stale files linger after crashes; the key dies with the kernel.</source>
        <translation>正在运行的内核的连接文件中的签名密钥：有了它，任何能访问该内核端口的人都能在其中运行代码。崩溃后会残留过时的文件；内核停止后该密钥即失效。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in .netrc</source>
        <translation>.netrc 中的 Weights &amp; Biases API 密钥</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key, written to ~/.netrc by `wandb login`, reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>由 `wandb login` 写入 ~/.netrc 的 Weights &amp; Biases API 密钥，可在该用户所属的每个实体中读写其运行记录、制品、模型和报告。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key (WANDB_API_KEY)</source>
        <translation>Weights &amp; Biases API 密钥（WANDB_API_KEY）</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>Weights &amp; Biases API 密钥可在该用户所属的每个实体中读写其运行记录、制品、模型和报告。</translation>
    </message>
    <message>
        <source>Weights &amp; Biases API key in wandb.login()</source>
        <translation>wandb.login() 中的 Weights &amp; Biases API 密钥</translation>
    </message>
    <message>
        <source>A Weights &amp; Biases API key passed to wandb.login() in code; it reads and writes the user&apos;s runs, artifacts, models and reports in every entity they belong to.</source>
        <translation>在代码中传给 wandb.login() 的 Weights &amp; Biases API 密钥；它可在该用户所属的每个实体中读写其运行记录、制品、模型和报告。</translation>
    </message>
    <message>
        <source>Kaggle API key in kaggle.json</source>
        <translation>kaggle.json 中的 Kaggle API 密钥</translation>
    </message>
    <message>
        <source>A Kaggle API key (kaggle.json) acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Kaggle API 密钥（kaggle.json）在 Kaggle 上以该用户的身份操作：它可以下载竞赛数据集和私有数据集，推送数据集、模型和笔记本，并向竞赛提交结果。</translation>
    </message>
    <message>
        <source>Kaggle API key (KAGGLE_KEY)</source>
        <translation>Kaggle API 密钥（KAGGLE_KEY）</translation>
    </message>
    <message>
        <source>A Kaggle API key acts as the user on Kaggle: it downloads competition and private datasets, pushes datasets, models and notebooks, and submits to competitions.</source>
        <translation>Kaggle API 密钥在 Kaggle 上以该用户的身份操作：它可以下载竞赛数据集和私有数据集，推送数据集、模型和笔记本，并向竞赛提交结果。</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeComparison</name>
    <message>
        <source>Broader than needed: %1.</source>
        <translation>超出所需：%1。</translation>
    </message>
    <message>
        <source>Missing: %1 (%2).</source>
        <translation>缺少：%1（%2）。</translation>
    </message>
    <message>
        <source>Missing: read access to gated repositories you can access.</source>
        <translation>缺少：读取你可访问的门控仓库的权限。</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEntry</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>keyscout::ScopeEvidence</name>
    <message>
        <source> (cell %1)</source>
        <translation>（单元格 %1）</translation>
    </message>
</context>
<context>
    <name>keyscout::SourceLanguage</name>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>INI configuration</source>
        <translation>INI 配置</translation>
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
        <translation>Shell 脚本</translation>
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
        <translation>Keyscout 会找出泄露到本机文件中的 Hugging Face 令牌和其他机器学习凭据，并在上下文中逐一显示。它只读取：你的主目录、Hugging Face 缓存、shell 和笔记本历史记录以及凭据文件——不会向任何地方发送任何内容；除非你选择显示，否则机密始终处于遮蔽状态。</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Your home folder, Hugging Face cache, histories and credential files</source>
        <translation>你的主目录、Hugging Face 缓存、历史记录和凭据文件</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>一个文件夹…</translation>
    </message>
    <message>
        <source>A project, a repository checkout, a download</source>
        <translation>项目、仓库检出或下载的内容</translation>
    </message>
    <message>
        <source>A mounted home or disk image folder…</source>
        <translation>已挂载的主目录或磁盘镜像文件夹…</translation>
    </message>
    <message>
        <source>Read-only, for incident response: nothing is written there</source>
        <translation>只读，用于事件响应：不会向其中写入任何内容</translation>
    </message>
    <message>
        <source>Demo workstation</source>
        <translation>演示工作站</translation>
    </message>
    <message>
        <source>A generated home with planted, clearly fake tokens — for workshops</source>
        <translation>生成的主目录，内含明显伪造的预置令牌——用于工作坊</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>读取范围</translation>
    </message>
    <message>
        <source>Skip installed packages and package caches</source>
        <translation>跳过已安装的软件包和软件包缓存</translation>
    </message>
    <message>
        <source>Running programs&apos; environments and command lines (this workstation only)</source>
        <translation>运行中程序的环境变量和命令行（仅限本工作站）</translation>
    </message>
    <message>
        <source>A token exported in a shell lives on in every program started from it. Only programs you may read; never for a folder or a mounted disk.</source>
        <translation>在 shell 中导出的令牌会留存在由该 shell 启动的每个程序中。仅读取你有权读取的程序；扫描文件夹或已挂载磁盘时从不读取。</translation>
    </message>
    <message>
        <source>for example  **/datasets  *.parquet</source>
        <translation>例如  **/datasets  *.parquet</translation>
    </message>
    <message>
        <source>Also skip (globs, separated by spaces)</source>
        <translation>另外跳过（通配模式，以空格分隔）</translation>
    </message>
    <message>
        <source>Also skip:</source>
        <translation>另外跳过：</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>The demo workstation as an exercise: find and fix every planted token, paths hidden, then a score</source>
        <translation>把演示工作站作为练习：找出并修复每个预置的令牌，路径隐藏，最后给出得分</translation>
    </message>
    <message>
        <source>Model files that run code when loaded (pickles), in a chosen folder too</source>
        <translation>加载时会运行代码的模型文件（pickle），在所选文件夹中也检查</translation>
    </message>
    <message>
        <source>Reads each model file&apos;s header and pickles, never its tensor data. Scanning this workstation always judges the Hugging Face cache.</source>
        <translation>只读取每个模型文件的文件头和 pickle，从不读取张量数据。扫描本工作站时总会检查 Hugging Face 缓存。</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenInstall</name>
    <message>
        <source>The new token is empty or has spaces or other characters a token never has.</source>
        <translation>新令牌为空，或含有空格等令牌中绝不会出现的字符。</translation>
    </message>
    <message>
        <source>The token&apos;s name is empty or spans lines; it names a section of %1.</source>
        <translation>令牌名称为空或跨越多行；它用作 %1 中一个节的名称。</translation>
    </message>
    <message>
        <source>Make %1 the active token (%2)</source>
        <translation>将 %1 设为当前令牌（%2）</translation>
    </message>
    <message>
        <source>Save %1 as &quot;%2&quot; in %3</source>
        <translation>在 %3 中将 %1 保存为“%2”</translation>
    </message>
    <message>
        <source>; remove the old token&apos;s section</source>
        <translation>；删除旧令牌的节</translation>
    </message>
    <message>
        <source>%1: cannot be created: %2</source>
        <translation>%1：无法创建：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::TokenVerifier</name>
    <message>
        <source>not sent: %1 is not a usable URL</source>
        <translation>未发送：%1 不是可用的 URL</translation>
    </message>
    <message>
        <source>not sent: %1 is not HTTPS (plain HTTP is only allowed to this machine)</source>
        <translation>未发送：%1 不是 HTTPS（仅允许向本机使用明文 HTTP）</translation>
    </message>
    <message>
        <source>no online check exists for %1</source>
        <translation>%1 没有在线检查</translation>
    </message>
    <message>
        <source>not sent: the token holds characters a header cannot carry</source>
        <translation>未发送：令牌含有请求头无法携带的字符</translation>
    </message>
    <message>
        <source>not sent: no tokens, or a value that is not a token</source>
        <translation>未发送：没有令牌，或值不是令牌</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>accepted; confirm with a check, which must now answer invalid</source>
        <translation>已接受；请通过检查来确认，此时检查结果应为无效</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>accepted, but the answer was not JSON</source>
        <translation>已接受，但响应不是 JSON</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), not followed</source>
        <translation>被重定向（HTTP %1），未跟随</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态 %1</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopBar</name>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop&lt;/b&gt; — find every planted token, then fix each one: check it, revoke it, remove every copy.</source>
        <translation>&lt;b&gt;工作坊&lt;/b&gt;——找出每个预置的令牌，然后逐一修复：检查它、吊销它、删除所有副本。</translation>
    </message>
    <message>
        <source>Finish workshop…</source>
        <translation>结束工作坊…</translation>
    </message>
    <message>
        <source>Scans the demo workstation once more and shows the score</source>
        <translation>再次扫描演示工作站并显示得分</translation>
    </message>
</context>
<context>
    <name>keyscout::WorkshopScoreDialog</name>
    <message numerus="yes">
        <source>%n planted secret(s) to find</source>
        <translation>
            <numerusform>有 %n 个预置的机密待找出</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2 · fixed %3 of %4 · %5 left</source>
        <translation>已找到 %1/%2 · 已修复 %3/%4 · 还剩 %5 个</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Nothing to fix: only in Hugging Face&apos;s private token store</source>
        <translation>无需修复：仅在 Hugging Face 的私有令牌存储中</translation>
    </message>
    <message>
        <source>Fixed: revoked, no copy left</source>
        <translation>已修复：已吊销，无副本残留</translation>
    </message>
    <message>
        <source>Fixed: no copy left</source>
        <translation>已修复：无副本残留</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>未吊销</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) left</source>
        <translation>
            <numerusform>仍有 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>待完成：%1</translation>
    </message>
    <message>
        <source>Workshop score</source>
        <translation>工作坊得分</translation>
    </message>
    <message>
        <source>A secret is fixed when no copy is left outside Hugging Face&apos;s private token store and git history, and a Hugging Face token is revoked too: a copy in a pushed commit is harmless only once the token is dead.</source>
        <translation>当 Hugging Face 私有令牌存储和 Git 历史之外不再残留任何副本，且 Hugging Face 令牌也已吊销时，机密才算修复：已推送提交中的副本只有在令牌失效后才无害。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <source>Save score…</source>
        <translation>保存得分…</translation>
    </message>
    <message>
        <source>Keyscout workshop score</source>
        <translation>Keyscout 工作坊得分</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存得分</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>keyscout::detail::Collector</name>
    <message>
        <source>Stopped before every file was read: the plan may miss a use.</source>
        <translation>在读取完所有文件之前已停止：规划可能遗漏某些用途。</translation>
    </message>
    <message>
        <source>Stopped at the reading limit (time, files or bytes): the plan may miss a use.</source>
        <translation>已达到读取上限（时间、文件数或字节数）而停止：规划可能遗漏某些用途。</translation>
    </message>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1：不是可读取的文件夹</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
</context>
<context>
    <name>keyscout::formats</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>further problems are not listed</source>
        <translation>其余问题未列出</translation>
    </message>
    <message>
        <source>not a fish history record</source>
        <translation>不是 fish 历史记录条目</translation>
    </message>
    <message>
        <source>not a URL with credentials</source>
        <translation>不是带凭据的 URL</translation>
    </message>
    <message>
        <source>&apos;machine&apos; without a host name</source>
        <translation>&apos;machine&apos; 后缺少主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; 缺少值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; 出现在任何 &apos;machine&apos; 或 &apos;default&apos; 之前</translation>
    </message>
    <message>
        <source>&apos;macdef&apos; without a macro name</source>
        <translation>&apos;macdef&apos; 后缺少宏名称</translation>
    </message>
    <message>
        <source>unexpected word where a keyword belongs</source>
        <translation>在应为关键字的位置出现了意外的单词</translation>
    </message>
    <message>
        <source>%1 (not valid JSON)</source>
        <translation>%1（不是有效的 JSON）</translation>
    </message>
    <message>
        <source>not a docker config (&quot;auths&quot; must be an object)</source>
        <translation>不是 docker 配置（&quot;auths&quot; 必须是对象）</translation>
    </message>
    <message>
        <source>registry entry is not an object</source>
        <translation>镜像仓库条目不是对象</translation>
    </message>
    <message>
        <source>registry auth is not valid base64</source>
        <translation>镜像仓库的 auth 不是有效的 base64</translation>
    </message>
    <message>
        <source>registry auth is not base64 of user:password</source>
        <translation>镜像仓库的 auth 不是 user:password 的 base64 编码</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::EnvFileParser</name>
    <message>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>右引号后有意外的文本</translation>
    </message>
</context>
<context>
    <name>keyscout::formats::NetrcTokenizer</name>
    <message>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
</context>
</TS>
