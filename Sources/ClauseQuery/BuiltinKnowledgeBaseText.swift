// Generated from Samples/partnership.clq by script/embed-knowledge-base; edit that file instead.
enum BuiltinKnowledgeBaseText {
    static let name = "partnership.clq"
    static let text = ##"""
# The built-in knowledge base: the OpenAI–Microsoft–Amazon arrangements of 2019–2026,
# as reported in partnership-article.txt. Every clause, event and prospect cites the
# article line it rests on; the notes paraphrase, they do not quote.
#
# Reading decisions, since the article is undated:
# - "back in November" is November 2025, so the renegotiated Microsoft–OpenAI terms
#   and the Bedrock launch take effect in 2026 (the month is not stated);
# - Amazon's $50B pledge is dated only "soon after" November 2025;
# - the $100B spend runs eight years, 2026 through 2033;
# - the article does not say whether the $38B commitment is part of the $100B one,
#   so they are separate clauses and nothing links them.

source article "partnership-article.txt" "OpenAI renegotiates with Microsoft and launches on AWS".

party Microsoft "Microsoft" aka MSFT.
party OpenAI "OpenAI".
party Amazon "Amazon".
party AWS "Amazon Web Services" part of Amazon.
party Google "Google".

asset OpenAIModels "OpenAI models" owned by OpenAI.
asset OpenAIProducts "OpenAI products" owned by OpenAI.
asset Codex "Codex" owned by OpenAI.
asset OpenAIRevenue "a share of OpenAI's revenue" owned by OpenAI.
asset PartnershipTerms "the partnership terms".
asset Azure "Azure" owned by Microsoft.
asset OtherClouds "other cloud providers".
asset AWSCloud "AWS cloud services" owned by AWS.
asset Bedrock "Amazon Bedrock" owned by AWS.
asset Trainium "Trainium chips" owned by Amazon.

agreement MSOpenAI2019 "Microsoft–OpenAI partnership"
    between Microsoft and OpenAI
    effective 2019
    cites article line 6
    note "Microsoft's first investment came with exclusive cloud rights." {

  clause ExclusiveCloud: right of Microsoft against OpenAI
      to host OpenAIProducts on Azure
      exclusive
      from 2019 until unknown
      replaced by AzureMainHost
      cites article line 6
      note "Azure was the only cloud through which OpenAI technology was offered.".

  clause ExclusiveModelAccess: right of Microsoft against OpenAI
      to access OpenAIModels
      exclusive
      from 2019 until unknown
      replaced by ModelAccess
      cites article line 12
      note "Before the renegotiation Microsoft's access to the models was exclusive.".

  clause AGIClause: right of OpenAI against Microsoft
      to revise PartnershipTerms
      from 2019 until unknown
      terminated by MSOpenAI2026
      cites article line 17
      note "Reaching AGI would have changed the contract; the term was never defined.".
}

agreement MSOpenAI2026 "Renegotiated Microsoft–OpenAI agreement"
    between Microsoft and OpenAI
    effective 2026
    amends MSOpenAI2019
    cites article line 11
    note "The renegotiation ends exclusivity and drops the AGI clause." {

  clause ModelAccess: right of Microsoft against OpenAI
      to access OpenAIModels
      not exclusive
      from 2026 until 2032
      cites article line 12
      note "Microsoft keeps its licence to the models through 2032, now shared with others.".

  clause RevenueShare: obligation of OpenAI toward Microsoft
      to pay OpenAIRevenue
      amount cap unknown
      from 2026 until 2030
      cites article line 13
      note "OpenAI keeps paying Microsoft part of its revenue through 2030, up to a limit.".

  clause AzureMainHost: right of Microsoft against OpenAI
      to host OpenAIProducts on Azure
      not exclusive
      from 2026 until unknown
      cites article line 14
      note "Azure stays the primary home of OpenAI products; no end date is given.".

  clause UseOtherClouds: permission of OpenAI against Microsoft
      to use OtherClouds
      from 2026 until unknown
      cites article line 14
      note "OpenAI may now turn to other cloud providers when it needs them.".
}

agreement AWSOpenAI2025 "OpenAI's AWS commitment"
    between OpenAI and AWS
    effective 2025-11
    cites article line 22
    note "Announced in November, before the Microsoft renegotiation." {

  clause Commitment38B: obligation of OpenAI toward AWS
      to spend on AWSCloud
      amount exactly $38B
      from 2025-11 until unknown
      cites article line 22
      note "A $38B commitment to AWS; its term is not reported.".
}

agreement AmazonOpenAI2026 "OpenAI–Amazon alliance"
    between OpenAI, Amazon and AWS
    effective 2026
    cites article line 19
    note "OpenAI arrives on AWS right after the Microsoft announcement." {

  clause BedrockOffer: right of AWS against OpenAI
      to offer OpenAIModels, Codex on Bedrock
      from 2026 until unknown
      cites article line 19
      note "OpenAI models and Codex become available through Amazon Bedrock.".

  clause Spend100B: obligation of OpenAI toward AWS
      to spend on AWSCloud using Trainium
      amount exactly $100B
      from 2026 until 2033
      cites article line 22
      note "OpenAI is to spend $100B on AWS over eight years, training on Trainium.".
}

event MicrosoftInvests2019 "Microsoft invests $1B in OpenAI"
    on 2019 involving Microsoft, OpenAI amount exactly $1B
    cites article line 6
    note "The first investment, which secured exclusive cloud rights.".

event MicrosoftInvestmentTotal "Microsoft's investment passes $13B"
    on unknown involving Microsoft, OpenAI amount at least $13B
    cites article line 6
    note "Over the years the total grew beyond $13B; no date is given.".

event ChatGPTLaunch "ChatGPT launches"
    on 2023 involving OpenAI
    cites article line 7
    note "Demand for compute outgrew what Microsoft could supply.".

event ForProfitTransition "OpenAI becomes a for-profit company"
    on 2025 involving OpenAI, Microsoft
    cites article line 8
    note "The change raised tensions with Microsoft.".

event AWSCommitmentAnnounced "OpenAI announces its $38B AWS commitment"
    on 2025-11 involving OpenAI, AWS amount exactly $38B
    cites article line 22
    note "Announced in November 2025.".

event AmazonPledge "Amazon pledges $50B to OpenAI"
    after 2025-11 involving Amazon, OpenAI amount exactly $50B
    cites article line 22
    note "Dated only as soon after the November announcement.".

event Renegotiation "Microsoft and OpenAI renegotiate"
    on 2026 involving Microsoft, OpenAI
    cites article line 1
    note "The new agreement removes exclusivity and the AGI clause.".

event BedrockLaunch "OpenAI models launch on Amazon Bedrock"
    on 2026 involving OpenAI, AWS
    cites article line 19
    note "Right after the renegotiation was announced.".

prospect OpenAIIPO "OpenAI initial public offering"
    involving OpenAI
    cites article line 29
    note "An IPO is expected; nothing is agreed.".

prospect GoogleCollaboration "OpenAI collaboration with Google Cloud"
    involving OpenAI, Google
    cites article line 29
    note "Working with Google is mentioned as a possibility only.".
"""##
}
