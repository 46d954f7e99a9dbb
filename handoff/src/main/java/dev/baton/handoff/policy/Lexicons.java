package dev.baton.handoff.policy;

/**
 * The phrase lexicons of the signals detected by wording. Each pattern runs over normalised text
 * (lower case, straight apostrophes) and asks for word boundaries: "cancel" alone is an ordinary
 * word ("cancel a meeting"), so the patterns ask for what is cancelled, refunded or extended.
 */
public final class Lexicons {
    private static final String ME = "(?:i|i'm|im|we|we're|i've|we've|i'd|we'd|i'll|we'll)";
    private static final String ASK = "(?:want|wanted|need|needs|would like|'d like|like|get|getting|give|gimme|demand|"
            + "demanding|expect|expecting|request|requesting|ask for|asking for|asked for|issue|deserve|owed?|"
            + "entitled to|can i have|could i have|may i have)";

    private Lexicons() {}

    /** Anger, exasperation, giving up: at the service, the bot, or the situation. */
    public static Lexicon frustration() {
        return Lexicon.of(
                "\\b(?:frustrat(?:ed|ing|ion)|annoy(?:ed|ing)|angry|furious|livid|pissed(?: off)?|irritat(?:ed|ing)|"
                        + "exasperat(?:ed|ing)|infuriat(?:ed|ing)|outraged|disgusted|fuming|mad at)\\b",
                "\\b(?:fed up|sick (?:and tired )?of|tired of|had enough|at my wits'? end|i give up|giving up on|"
                        + "lost (?:all )?patience|running out of patience|losing my (?:mind|patience)|can't take (?:this|it) anymore)\\b",
                "\\b(?:unacceptable|ridiculous|absurd|pathetic|useless|worthless|hopeless|incompetent|a joke|"
                        + "a (?:complete |total )?waste of (?:my |our )?time|wasting (?:my|our) time|joke of a|nonsense|"
                        + "rubbish|garbage|crap|wtf|what the (?:hell|heck|fuck)|for (?:god's|heaven's|pete's) sake|"
                        + "unbelievable|the worst|terrible service|awful service|horrible service|shambles|disgrace(?:ful)?)\\b",
                "\\b(?:how many (?:more )?times|(?:third|fourth|fifth|3rd|4th|5th|\\d+(?:th|rd)?) time (?:i(?:'ve| have)? )?"
                        + "(?:asked|asking|told|tried|explained|contacted|reported|raised)|(?:keep|kept) (?:asking|telling|explaining|"
                        + "getting the same)|going (?:round|around) in circles|same (?:useless|stupid|canned|generic) answer|"
                        + "you(?:'re| are) not (?:listening|helping|reading)|you (?:don't|do not|never) (?:listen|understand|help)|"
                        + "this (?:bot|thing|chatbot|assistant) (?:is|isn't|doesn't|does not|can't)|still (?:not|isn't|doesn't|don't|can't|won't|"
                        + "hasn't|haven't|nothing|no)[a-z' ]{0,30}(?:fixed|working|resolved|sorted|answer|reply|response|help))\\b",
                "\\b(?:terrible|awful|horrible|appalling|dreadful|shocking|lousy) (?:experience|service|support|answers?|help)\\b",
                "\\b(?:nobody|no one|no-one) (?:ever )?(?:answers|cares|helps|responds|replies|gets back|listens|bothers)\\b",
                "\\b(?:already (?:asked|told you|said|explained)|asked (?:this|that|you) (?:already|before|twice)|"
                        + "as i (?:already )?(?:said|told you|explained))\\b|^again\\b",
                "\\b(?:someone|somebody|anyone) who (?:can |will |could )?actually\\b|"
                        + "\\bno more (?:bot|automated|canned|generic|useless) (?:answers|replies|responses|links)\\b|"
                        + "\\bstop (?:sending|giving) me (?:the same |these |those |more )?(?:links?|articles?|answers?)\\b")
                .and(Lexicon.unnegatable(
                        "\\b(?:not|wasn't|isn't) (?:very |at all |remotely |even slightly )?helpful\\b|\\b(?:no|zero) help(?: at all)?\\b",
                        "\\b(?:can't|cannot|can not) believe\\b",
                        "!{3,}|\\?{3,}|[?!]{2,}!\\B"));
    }

    /** Intent to cancel, close, not renew, or leave for a competitor. */
    public static Lexicon cancellation() {
        String what = "(?:subscription|account|plan|contract|membership|service|licen[cs]es?|seats?|agreement|"
                + "renewal|package|tenancy|tenant|workspace|order with you|business with you)";
        return Lexicon.of(
                "\\b(?:cancel(?:l?ing|l?ed|lation of)?|terminat(?:e|ing|ion of)|clos(?:e|ing)|delet(?:e|ing)|end(?:ing)?|"
                        + "discontinu(?:e|ing)|stop(?:ping)?|quit(?:ting)?|drop(?:ping)?) (?:my |our |the |this |your |all (?:of )?(?:my |our |the )?)?(?:\\d+ )?"
                        + "(?:(?:company|team|annual|monthly|yearly|premium|pro|enterprise|whole|entire|paid) )?" + what + "\\b",
                "\\b(?:won't|will not|not going to|don't plan to|do not plan to|don't intend to|do not intend to|no longer"
                        + "(?: want to)?|decided not to|will not be|won't be) (?:be )?renew(?:ing|al)?\\b",
                "\\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?|chang(?:e|ing)) (?:over )?to (?:a |an )?"
                        + "(?:competitor|another (?:provider|vendor|supplier|company|tool|platform|service)|"
                        + "a different (?:provider|vendor|supplier|company|tool|platform|service))\\b",
                "\\b(?:take|taking|move|moving) (?:my|our) (?:business|money|custom|account) (?:elsewhere|somewhere else)\\b",
                "\\b(?:leav(?:e|ing)|quit(?:ting)?|done with|finished with|through with|walk(?:ing)? away from) "
                        + "(?:your|this|the) (?:service|platform|product|company|app|tool|subscription)\\b",
                "\\bno longer (?:want to )?be (?:a |your )?customers?\\b|\\bstop being (?:a |your )?customers?\\b",
                "\\b(?:unsubscribe|cancel (?:everything|it all)|opt(?:ing)? out of (?:the |my |our )?renewal|"
                        + "(?:evaluating|looking at|considering|shopping for) (?:other|alternative) (?:vendors|providers|options|"
                        + "solutions|tools)|(?:thinking about|considering|planning on|planning to) (?:cancel(?:l?ing)?|leaving|"
                        + "switching|churning|moving away)|downgrad(?:e|ing) (?:my|our|the) (?:plan|subscription|account))\\b",
                "\\b(?:" + ME + ") (?:want|wants|need|needs|would like|'d like|am going|are going|will|intend|plan) to "
                        + "(?:cancel|leave|quit|unsubscribe)(?: now| today| immediately)?\\s*(?:[.!]|$)");
    }

    /** A request for something outside the normal rules: refund, extension, exception, waiver, compensation. */
    public static Lexicon policyException() {
        return Lexicon.of(
                "\\b" + ASK + "\\b(?: \\S+){0,4}? (?:a |my |the |full |partial |some )*refund(?:ed)?\\b",
                "\\b(?:refund (?:me|us|the (?:fee|charge|difference|payment|order))|full refund|partial refund|"
                        + "(?:my|our|the) (?:money|deposit|fee|payment) back|chargeback|charge back)\\b",
                "\\b(?:make|making|grant|granting|approve|approving|allow) (?:an |a |one )?(?:one[- ]time |one[- ]off )?"
                        + "exception\\b|\\bexception (?:for (?:me|us|my|our)|to (?:the|this|your) (?:policy|rule|rules|limit))\\b",
                "\\b(?:bend|break|override|overrule) (?:the|your|this) (?:rules?|policy|limit)\\b|\\bjust (?:this )?once\\b",
                "\\b(?:extend|extending|extension (?:of|on|to)|extension for) (?:my |our |the |this )?(?:\\w+ )?(?:deadline|due date|trial|"
                        + "access|contract|payment|submission|probation|notice period|leave|return window|warranty|grace period)\\b",
                "\\b(?:deadline|due date|trial|access|contract|probation|notice period|leave|warranty|grace period)\\b(?: \\w+){0,2} "
                        + "be (?:extended|waived|pushed back|postponed|moved back|relaxed|bent)\\b",
                "\\b(?:push back|postpone|delay|move back) (?:my |our |the )?(?:\\w+ )?(?:deadline|due date)\\b",
                "\\b(?:request|requesting|ask for|asking for|need|want|like|apply for|grant|approve)\\b (?:an |a |one )?(?:\\w+ )?exception\\b",
                "\\b(?:deadline|trial|payment|warranty) extension\\b|\\b(?:more|extra|additional) time to (?:pay|submit|return|finish|complete)\\b",
                "\\b(?:waive|waiving|waived|waiver of|waiver for|remove|removing|drop|reverse|reversing|cancel|refund) (?:the |my |our |this |that |these |those )?"
                        + "(?:late |cancellation |overdraft |penalty |change |admin |administration |service |overage |early termination )?"
                        + "(?:fees?|charges?|penalt(?:y|ies)|fines?|surcharges?)\\b|\\bfee waiver\\b",
                "\\b(?:compensat(?:e|ion|ed)|reimburse me for the (?:trouble|inconvenience|outage)|goodwill (?:gesture|credit|payment)|"
                        + "(?:service|account|courtesy) credit|(?:a |some )?credit for (?:the |this |that )?(?:outage|downtime|trouble|inconvenience|disruption)|credit (?:my|our) account|discount for the (?:trouble|inconvenience|outage|downtime)|"
                        + "(?:make|making) (?:it|this) up to (?:me|us))\\b");
    }
}
