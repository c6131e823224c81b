// Generated from Samples/partnership.clq by script/embed-knowledge-base; edit that file instead.
enum BuiltinKnowledgeBaseText {
    static let name = "partnership.clq"
    static let text = ##"""
# The built-in knowledge base: the OpenAI–Microsoft–Amazon arrangements of 2019–2026,
# as reported in partnership-article.txt. Every agreement, clause, event and prospect
# cites the article line it rests on; the notes paraphrase, they never quote.
#
# An instant is a range of days: 2026 is some day in 2026, not 1 January. No instant
# here is more precise than the article. Where the article gives no day, the instant is
# a range; where the knowledge base reads a range into the article, it says so with
# `inferred "…"` beside the instant, and the inference is listed here.
#
# Inferences (the article is undated):
# - The article is written in 2026: its timeline ends with 2025 (line 8), then turns to
#   what is happening now (line 9). So the renegotiation "this week" (line 3) is some day
#   in 2026, and so is the launch on AWS that followed it at once (line 19).
# - "Back in November" (line 22) is November 2025: the last November before the article.
# - Amazon's $50B pledge came soon after that November and before the article (line 22):
#   some day from November 2025 to the end of 2026.
# - Microsoft's model access was exclusive before the renegotiation (line 12 says it no
#   longer is), from a day the article does not give: some day before 2026.
# - OpenAI already paid Microsoft a share of its revenue before the renegotiation, since
#   it will continue to (lines 13, 17), from a day the article does not give: some day
#   before 2026.
# - Microsoft's investment grew past $13B over time (line 6): some day from the 2019
#   investment to the article, 2019 to 2026.
# - Microsoft's work on competing models of its own is under way when the article is
#   written (line 27): some day before 2027.
#
# Other reading decisions:
# - An agreement takes effect with the event that made it: the 2019 partnership with
#   Microsoft's first investment, which secured the exclusive cloud rights (line 6); the
#   new terms with the renegotiation (lines 3, 11); the $38B commitment with its
#   announcement (line 22); Amazon's investment and OpenAI's $100B spend with Amazon's
#   pledge (line 22); the offer of OpenAI's products on AWS with the launch (line 19).
#   Each clause names its start: its agreement's event (the same unknown day), or its
#   own earlier instant where it began before its agreement.
# - "Until 2032", "until 2030" (lines 12, 13, 17): the clause ends some day in that year.
# - The exclusive cloud rights and the exclusive model access are replaced by the new
#   terms, so they end the day before the renegotiation. The revenue share is not
#   replaced: it continues, and sits in the new agreement with its earlier start.
# - Azure's place as main host and OpenAI's freedom to use other providers (line 14)
#   start with the new terms; the article gives no end.
# - The article does not say whether the $38B commitment is part of the $100B one, so
#   they are separate clauses in separate agreements and nothing links them.
# - The AGI clause (lines 15, 17) names no beneficiary: it is a term of the 2019
#   agreement, conditional on a prospect, until the new agreement removes it.
# - GPT-5.5 is one of the OpenAI models; assets cannot be declared part of other assets,
#   so the Bedrock clause names it beside them.
# - Codex is available on AWS (line 19); the article does not say it is on Bedrock.
# - Amazon Bedrock Managed Agents is a new AWS service announced with the launch (line
#   19); the article does not relate it to OpenAI, so it is a detail of the launch event.

source article "partnership-article.txt" "OpenAI renegotiates with Microsoft and launches on AWS".

party Microsoft "Microsoft" aka MSFT.
party OpenAI "OpenAI".
party Amazon "Amazon".
party AWS "Amazon Web Services" part of Amazon.
party Google "Google".

asset OpenAIModels "OpenAI models" owned by OpenAI.
asset GPT55 "GPT-5.5" owned by OpenAI.
asset OpenAIProducts "OpenAI products" owned by OpenAI.
asset Codex "Codex" owned by OpenAI.
asset OpenAIRevenue "a share of OpenAI's revenue" owned by OpenAI.
asset PartnershipTerms "the partnership terms".
asset Azure "Azure" owned by Microsoft.
asset OtherClouds "other cloud providers".
asset AWSCloud "AWS cloud services" owned by AWS.
asset Bedrock "Amazon Bedrock" owned by AWS.
asset Trainium "Trainium chips" owned by Amazon.

# --- Microsoft and OpenAI before the renegotiation ---------------------------

agreement MSOpenAI2019 "Microsoft–OpenAI partnership"
    between Microsoft and OpenAI
    effective MicrosoftInvests2019
    cites article line 6
    note "The original partnership, struck with Microsoft's first investment." {

  clause ExclusiveCloud: right of Microsoft against OpenAI
      to host OpenAIProducts on Azure
      exclusive
      from MicrosoftInvests2019
      replaced by AzureMainHost
      cites article line 6
      note "For years Azure was the only cloud through which others reached OpenAI's technology.".

  clause ExclusiveModelAccess: right of Microsoft against OpenAI
      to access OpenAIModels
      exclusive
      from before 2026 inferred "no longer exclusive after the renegotiation; start not given"
      replaced by ModelAccess
      cites article line 12
      note "Until the renegotiation, Microsoft's access to the models was exclusive.".

  # Line 15: the new agreement takes away the clause's effect.
  clause AGIClause: term
      to revise PartnershipTerms
      if OpenAIAchievesAGI
      from MicrosoftInvests2019
      terminated by MSOpenAI2026
      cites article line 17
      note "The contract was to change once OpenAI reached AGI, a notion nobody had pinned down.".
}

# --- The renegotiated Microsoft–OpenAI terms ----------------------------------

agreement MSOpenAI2026 "Renegotiated Microsoft–OpenAI agreement"
    between Microsoft and OpenAI
    effective Renegotiation
    amends MSOpenAI2019
    cites article line 11
    note "The new terms end exclusivity and drop the AGI clause." {

  clause ModelAccess: right of Microsoft against OpenAI
      to access OpenAIModels
      not exclusive
      from Renegotiation until 2032
      cites article line 12
      note "Microsoft keeps its licence to the models into 2032, now shared with others.".

  # Line 17 repeats that the revenue keeps flowing until 2030; line 27 counts it among
  # what Microsoft keeps.
  clause RevenueShare: obligation of OpenAI toward Microsoft
      to pay OpenAIRevenue
      amount cap unknown
      from before 2026 inferred "OpenAI continues paying after the renegotiation; start not given" until 2030
      cites article line 13
      note "OpenAI goes on handing Microsoft part of its revenue into 2030, up to a limit the article does not give.".

  clause AzureMainHost: right of Microsoft against OpenAI
      to host OpenAIProducts on Azure
      not exclusive
      from Renegotiation until unknown
      cites article line 14
      note "Azure stays the primary home of OpenAI products, no longer the only one; no end is given.".

  clause UseOtherClouds: permission of OpenAI against Microsoft
      to use OtherClouds
      from Renegotiation until unknown
      cites article line 14
      note "OpenAI may now turn to other cloud providers when it needs them; no end is given.".
}

# --- OpenAI and Amazon --------------------------------------------------------

agreement AWSOpenAI2025 "OpenAI's $38B AWS commitment"
    between OpenAI and AWS
    effective AWSCommitmentAnnounced
    cites article line 22
    note "Announced in November, before the Microsoft renegotiation." {

  clause Commitment38B: obligation of OpenAI toward AWS
      to spend on AWSCloud
      amount exactly $38B
      from AWSCommitmentAnnounced until unknown
      cites article line 22
      note "A $38B commitment to AWS; its term is not reported, nor whether it counts toward the $100B.".
}

agreement AmazonOpenAIPledge "Amazon's investment in OpenAI and OpenAI's AWS spending"
    between Amazon, OpenAI and AWS
    effective AmazonPledge
    cites article line 22
    note "Amazon's pledge came with a long spending commitment by OpenAI on AWS." {

  clause Invest50B: obligation of Amazon toward OpenAI
      to invest
      amount exactly $50B
      from AmazonPledge until unknown
      cites article line 22
      note "Amazon puts $50B into OpenAI; the article gives no schedule or end.".

  clause Spend100B: obligation of OpenAI toward AWS
      to spend on AWSCloud using Trainium
      amount exactly $100B
      from AmazonPledge for 8 years
      cites article line 22
      note "OpenAI is to spend $100B on AWS over eight years from the pledge, training its models on Trainium.".
}

agreement AmazonOpenAI2026 "OpenAI's products on AWS"
    between OpenAI and AWS
    effective BedrockLaunch
    cites article line 19
    note "OpenAI arrives on AWS right after the Microsoft announcement." {

  clause BedrockOffer: permission of AWS against OpenAI
      to offer OpenAIModels, GPT55 on Bedrock
      from BedrockLaunch until unknown
      cites article line 19
      note "AWS carries OpenAI's models, GPT-5.5 among them, in Amazon Bedrock; no end is given.".

  clause CodexOffer: permission of AWS against OpenAI
      to offer Codex on AWSCloud
      from BedrockLaunch until unknown
      cites article line 19
      note "Codex becomes available on AWS too; the article does not say through Bedrock.".
}

# --- Events -------------------------------------------------------------------

event MicrosoftInvests2019 "Microsoft invests $1B in OpenAI"
    on 2019 involving Microsoft, OpenAI amount exactly $1B
    cites article line 6
    note "The first investment, which secured exclusive cloud rights.".

# The article says the total went beyond $13B; "at least" is the closest amount.
event MicrosoftInvestmentTotal "Microsoft's investment passes $13B"
    between 2019 and 2026 inferred "after the 2019 investment, by the article" involving Microsoft, OpenAI amount at least $13B
    cites article line 6
    note "Over the years Microsoft's stake grew beyond $13B; no date is given.".

event ChatGPTLaunch "ChatGPT launches"
    on 2023 involving OpenAI
    cites article line 7
    note "ChatGPT made OpenAI a leader; its need for compute outgrew what Microsoft could supply.".

event ForProfitTransition "OpenAI becomes a for-profit company"
    on 2025 involving OpenAI, Microsoft
    cites article line 8
    note "The change raised tensions with Microsoft.".

event AWSCommitmentAnnounced "OpenAI announces its $38B AWS commitment"
    on 2025-11 inferred "the November before the article" involving OpenAI, AWS amount exactly $38B
    cites article line 22
    note "OpenAI made the AWS commitment public in November.".

event AmazonPledge "Amazon pledges $50B to OpenAI"
    between 2025-11 and 2026 inferred "soon after November 2025, before the article" involving Amazon, OpenAI amount exactly $50B
    cites article line 22
    note "Amazon's pledge followed the $38B announcement shortly; no day is given.".

event Renegotiation "Microsoft and OpenAI renegotiate their agreement"
    on 2026 inferred "the week the article was written" involving Microsoft, OpenAI
    cites article line 3
    note "The renegotiation suddenly ends Microsoft's exclusivity.".

event BedrockLaunch "OpenAI launches on AWS"
    on 2026 inferred "right after the renegotiation" involving OpenAI, AWS
    cites article line 19
    note "OpenAI's models reach Amazon Bedrock and Codex reaches AWS; AWS also announces a new service, Amazon Bedrock Managed Agents, not tied to OpenAI by the article.".

event MicrosoftOwnModels "Microsoft develops models that compete with OpenAI's"
    before 2027 inferred "under way when the article was written" involving Microsoft
    cites article line 27
    note "Microsoft has been building rival models of its own; no start is given.".

# --- Prospects: expected, never agreed ----------------------------------------

prospect OpenAIAchievesAGI "OpenAI achieves AGI"
    involving OpenAI
    cites article line 17
    note "The condition of the AGI clause; there is no agreed definition of AGI.".

prospect OpenAIIPO "OpenAI initial public offering"
    involving OpenAI
    cites article line 29
    note "An IPO is expected; nothing is agreed.".

prospect GoogleCollaboration "OpenAI works with other cloud providers such as Google"
    involving OpenAI, Google
    cites article line 29
    note "Other clouds, Google among them, are mentioned as a possibility only.".
"""##
}
