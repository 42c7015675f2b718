"""Closed word classes the name grammars use (folded, lowercase).

These are English grammar and the vocabulary of press statements (titles,
roles, kinds of bodies and places), not names of entities: entities live
in ontology/authorities/.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    # written as words; kept as the folded keys tokens carry ("sub-decree" -> "sub decree")
    return frozenset(w.replace("-", " ") for w in text.split())


# Kinds of body in Malay, Indonesian and Filipino, written first and opening the name without "of"
# ("Yayasan Lembaga Bantuan Hukum Indonesia", "Kilusang Magbubukid ng Pilipinas", "Serikat Buruh ...").
NAME_FIRST_HEADS = _words(
    """yayasan lembaga serikat federasi konfederasi gabungan persatuan kesatuan perhimpunan ikatan aliansi koalisi
    jaringan kilusang samahan alyansa hugpong sahabat"""
)
# Words that end an organisation's name ("... Legal Education Center").
ORG_HEADS = (
    _words(
        """center centre association associations union unions federation confederation court courts ministry committee
    commission council party company co ltd limited inc corp corporation programme program network coalition
    alliance organization organisation organizations organisations institute institution foundation radio watch
    campaign agency authority government bank department office project fund league movement club trust bureau secretariat
    assembly senate tribunal chambers cooperative collective industrial industries enterprise enterprises group
    holdings garment garments textile textiles seafood international initiative partnership consortium
    secretariat mission embassy consulate parliament gendarmerie army navy
    university college academy school hospital clinic television tv times post daily news
    service services administration directorate cabinet factory factories brigade battalion regiment forces force stiftung hotel resort unit
    prosecution presidency berhad bhd tbk"""
    )
    | NAME_FIRST_HEADS
)
# Heads that open a name when followed by "of"/"for" ("Ministry of Interior").
ORG_OPENERS = _words(
    """ministry union federation confederation association council committee commission court office coalition alliance
    league bank government department bureau network institute center centre organization organisation
    secretariat chambers university embassy kingdom friends initiative movement party campaign presidency"""
)
# Heads that make a company and are dropped when comparing names.
LEGAL_SUFFIXES = _words(
    "co ltd limited inc corp corporation company plc pcl llc sa pte berhad bhd tbk"
)  # (Malaysian "Berhad", Indonesian "Tbk")
# Legal instruments: a name that opens with one is a law, not a body ("Law on Associations ...").
LAW_WORDS = _words(
    """law laws act code decree sub-decree constitution article convention declaration covenant charter treaty
    resolution principles guidelines protocol bill regulation prakas directive policy agreement"""
)
# Heads too weak to make an organisation of generic words alone
# ("the Trade Union", "Police", "Forum" as an event).
WEAK_HEADS = _words(
    "hotel resort group factory factories garment garments textile textiles seafood mission news times post daily service services international"
)
# A name followed by these is a law or a field, not a body ("Trade Union law").
NOT_A_BODY_AFTER = _words("law laws act bill legislation movement sector")
# Modifiers that with a head alone make no name ("Trade Union", "Civil Society").
GENERIC_MODIFIERS = _words(
    """trade labour labor workers worker civil private public local independent free the a an new this that our
    their his her its human rights provincial municipal district national state appeal appeals supreme high
    special economic non-governmental nongovernmental governmental intergovernmental non-profit nonprofit"""
)
# Words that join the parts of a name.
CONNECTORS = _words("of for the and on de du des ng sa dan")  # (Filipino "ng", "sa"; Malay "dan")

# Place kinds written after a name ("Sandan district", "Bassac River").
ADMIN_PLACE_WORDS = _words(
    "province provinces regency regencies district districts commune communes village villages municipality city town sangkat khan krong srok khum phum township townships hamlet neighbourhood neighborhood suburb governorate"
)
NATURAL_PLACE_WORDS = _words("river lake island islands mountain mountains hill hills bay sea forest wildlife sanctuary valley")
SITE_WORDS = _words(
    "community communities zone sez market camp estate plantation reserve dam airport port bridge park boulevard road street pagoda temple prison stadium square quay avenue highway slum settlement roundabout junction intersection crossroads beach"
)

# Titles before a person's name; dropped from the name.
TITLES = _words(
    """mr mrs ms miss mx dr prof professor venerable ven he excellency samdech oknha okhna lok chumteav neak
    madam madame mme sir dame lady lord judge justice governor senator minister premier prince princess king queen
    sister father brother monk bishop rev reverend imam sheikh president chairman chairwoman general gen colonel col
    lieutenant lt major maj captain capt sergeant officer commander deputy mayor ambassador lawmaker mp counsellor counselor
    daw bapak ibu"""
)
# Words that make an honorific title on their own (a name follows directly).
# (a monarch or a sheikh is often named by one name: "King Gyanendra", "Sheikh Hasina")
# (Burmese "Daw", Indonesian "Bapak" and "Ibu" are honorifics as "Mrs" and "Mr" are)
STRONG_TITLES = _words(
    "mr mrs ms miss mx dr prof venerable ven samdech oknha okhna chumteav madame mme sir king queen sheikh daw bapak ibu"
)
# Nouns for what a person is, written just before the name ("activist Chan Soveth").
PERSON_ROLES = _words(
    """worker workers activist activists defender defenders director journalist journalists monk monks lawyer lawyers
    leader leaders representative representatives villager villagers president owner reporter reporters farmer farmers
    spokesman spokeswoman spokesperson official officials officer coordinator chairman chairwoman chairperson chief
    member members resident residents commentator analyst researcher blogger teacher student students judge judges
    prosecutor investigator governor minister secretary advocate victim victims wife husband son daughter mother father
    brother sister widow woman man girl boy named colleague manager founder head staffer singer artist poet
    candidate lawmaker parliamentarian senator politician deputy organizer organiser photographer editor opposition
    driver guard soldier policeman tycoon businessman businesswoman unionist campaigner protester protesters
    photojournalist photojournalists cameraman economist scholar academic priest pastor nun ceo
    cartoonist columnist writer novelist volunteer physician filmmaker officers soldiers agents fighters guards employees
    elder elders headman headwoman guide"""
)
# Prefixes a role takes with a hyphen ("vice-chairperson", "co-chair", "deputy-director").
ROLE_PREFIXES = _words("vice deputy co acting assistant")
# Verbs that follow a person who speaks or is described.
PERSON_VERBS = _words("said says told stated added explained noted insisted claimed is was has had who recalled remains remained")
# Role words in an affiliation ("Executive Director of ...").
ROLE_WORDS = _words(
    """director executive president vice founder co-founder cofounder owner head chairman chairwoman chairperson chair
    secretary general secretary-general spokesman spokeswoman spokesperson coordinator officer manager member members
    leader representative deputy acting senior chief lawyer advocate monitor investigator staff editor journalist
    reporter presenter ceo cfo coo treasurer adviser advisor consultant researcher trainer organizer organiser
    program programme project legal field team country regional national and of minister governor judge prosecutor
    commissioner rapporteur special ambassador joint"""
)

# Function and calendar words that open sentences: trimmed off the front of
# a capitalised run ("Yesterday the ...", "In Phnom Penh").
FUNCTION_WORDS = _words(
    """the a an this that these those it its he she they we our their his her you your i my me us them
    in on at for from to with by of as after before during since until when while where why how what who whom which
    if but and or nor so yet however moreover furthermore meanwhile therefore thus also then there here now
    today yesterday tomorrow tonight last next earlier later recently currently previously since both all many most
    some several such other another each every any no not none more less few nearly almost about according despite
    although though because instead following under over between among against without within through throughout
    upon into onto toward towards around across behind beyond near once only even just still already again
    please thank thanks dear re subject note notes update updates press release statement joint urgent appeal
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec yes"""
)
# Capitalised words that are not names on their own: common nouns seen
# capitalised at sentence starts or in headlines, numbers, nationality words.
STOPWORDS = FUNCTION_WORDS | _words(
    """police authorities officials villagers workers residents families people government court courts ministry
    law laws article articles constitution code decree sub-decree chapter section paragraph annex
    human rights civil society community communities international national local provincial municipal
    victims victim shots those such one two three four five six seven eight nine ten first second third
    mr mrs ms dr khmer english french cambodian cambodians thai vietnamese chinese lao burmese asian african
    european american indonesian malaysian filipino japanese korean australian british german"""
)
# Acronyms that name no organisation.
NON_ORG_ACRONYMS = _words(
    """ngo ngos cso csos elc elcs slc slcs sez sezs mou mous hiv aids ceo cfo coo id ids tv gdp usd khr us usa uk
    am pm ad bc ok faq pdf url www http https ii iii iv vi vii viii ix xi xii covid sars ict it ip pr hr qa
    gmt utc nb ps km kg mm cm ha sq st nd rd th ph phd ma ba llm jd mp mps vip vips dpa lgbt lgbti lgbtiq
    ppe atm sms sim gps dna ceos ngo's pcl plc llc ltd"""
)
# Words that end a role in an affiliation ("land program coordinator").
ROLE_HEADS = _words(
    """director president founder co-founder cofounder owner head chairman chairwoman chairperson chair secretary
    secretary-general spokesman spokeswoman spokesperson coordinator officer manager member leader representative
    deputy lawyer advocate monitor investigator staff editor journalist reporter presenter ceo treasurer adviser advisor
    consultant researcher trainer organizer organiser minister governor judge prosecutor commissioner rapporteur
    ambassador chief vice-president councillor councilor supporter senator lawmaker parliamentarian mp activist volunteer employee official worker
    lead photojournalist cameraman"""
)
# Kinds of body named in an apposition ("Socfin-KCD, a rubber company").
ORG_KINDS = _words(
    """company companies firm corporation conglomerate union federation ngo organisation organization group association
    network coalition newspaper website blog outlet broadcaster station party charity agency bank developer
    manufacturer supplier brand retailer contractor processor exporter"""
)
# Kinds of body a statement may name by the kind alone once it has named the body ("Union president X").
KIND_WORDS = _words(
    "union federation confederation party association coalition alliance network committee commission council court ministry company"
)
# What ministries are in charge of, written in their names ("Ministry of Labour and Vocational Training").
PORTFOLIO_WORDS = _words(
    """labour labor vocational training interior justice information foreign affairs international cooperation
    environment health education youth sport sports defence defense national finance economy economic commerce trade
    industry science technology innovation agriculture forestry fisheries rural development land management urban
    planning construction public works transport transportation water resources meteorology women's women veterans
    social welfare rehabilitation tourism culture fine arts religion cults posts telecommunications mines energy
    relations inspection civil service home security immigration manpower human labour's"""
)
# Portfolios written before "Minister" on their own ("Interior Minister Sar Kheng").
SHORT_PORTFOLIOS = _words(
    "interior labour labor justice information environment health education defence defense finance commerce agriculture tourism culture"
)
# Nationality words of the region and its neighbours -> the country ("the Malaysian government").
DEMONYMS = {
    "cambodian": "Cambodia",
    "thai": "Thailand",
    "lao": "Laos",
    "laotian": "Laos",
    "vietnamese": "Vietnam",
    "burmese": "Myanmar",
    "malaysian": "Malaysia",
    "indonesian": "Indonesia",
    "philippine": "the Philippines",
    "filipino": "the Philippines",
    "singaporean": "Singapore",
    "bruneian": "Brunei",
    "timorese": "Timor-Leste",
    "bangladeshi": "Bangladesh",
    "chinese": "China",
    "indian": "India",
    "japanese": "Japan",
    "korean": "South Korea",
    "nepali": "Nepal",
    "pakistani": "Pakistan",
    "australian": "Australia",
    "british": "United Kingdom",
    "american": "United States",
}
