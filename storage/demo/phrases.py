"""Words the demo writes into text columns: titles, sources, stages, assets, comments, notes.

NPS comments exist in English, Japanese, Chinese, Polish, German and Spanish, by band
(detractor 0-6, passive 7-8, promoter 9-10), so a comment always agrees with its score.
"""

from __future__ import annotations

ROLES = ("decision_maker", "champion", "influencer", "user", "blocker", "unknown")

TITLES: dict[str, tuple[str, ...]] = {
    "decision_maker": ("Chief Operating Officer", "VP Operations", "Chief Information Officer",
                       "Managing Director", "VP Sales", "Head of Procurement"),
    "champion": ("Head of Marketing Operations", "Director of Digital", "Operations Manager",
                 "Head of Customer Success", "Plant Manager"),
    "influencer": ("IT Architect", "Finance Manager", "Senior Analyst", "Product Manager",
                   "Quality Manager"),
    "user": ("Marketing Specialist", "Sales Operations Analyst", "Plant Engineer",
             "Customer Service Lead", "Data Analyst"),
    "blocker": ("Procurement Manager", "Information Security Officer", "Legal Counsel"),
    "unknown": ("Manager", "Consultant", "Assistant", "Coordinator"),
}

LEAD_SOURCES = ("Website", "Webinar", "Trade show", "Paid search", "LinkedIn", "Referral",
                "Partner", "Content download", "Outbound", "List import")
LEAD_SOURCE_WEIGHTS = (0.22, 0.12, 0.10, 0.10, 0.09, 0.08, 0.07, 0.10, 0.07, 0.05)

PRODUCTS = ("Health Platform", "Analytics Add-on", "Premium Support", "Extra Seats")

OPEN_STAGES = ("Discovery", "Qualification", "Solution demo", "Proposal", "Negotiation")
RENEWAL_OPEN_STAGES = ("Renewal review", "Renewal proposal", "Negotiation")
WON_STAGE = "Closed Won"
LOST_STAGE = "Closed Lost"
LOST_REASONS = ("Closed Lost - price", "Closed Lost - no decision", "Closed Lost - competitor",
                "Closed Lost - timing")

PROMOTIONS = ("SPRING25", "Q4-UPGRADE-15", "WEBINAR-10", "EARLYBIRD-2026", "MULTIYEAR-8")

PAGES = ("/", "/product", "/product/analytics", "/pricing", "/customers", "/blog/abm-metrics",
         "/blog/nps-benchmarks", "/resources", "/contact", "/demo", "/integrations",
         "/docs", "/community", "/careers")
# Browsing mix of a researcher (first row) and of a buyer close to a decision (second).
PAGE_WEIGHTS = (
    (0.18, 0.12, 0.07, 0.06, 0.07, 0.10, 0.08, 0.09, 0.03, 0.02, 0.05, 0.05, 0.05, 0.04),
    (0.10, 0.12, 0.10, 0.18, 0.10, 0.04, 0.03, 0.05, 0.08, 0.12, 0.05, 0.01, 0.01, 0.01),
)
FORMS = ("form:demo-request", "form:contact-sales", "form:whitepaper", "form:newsletter",
         "form:event-registration")
FORM_WEIGHTS = ((0.05, 0.05, 0.35, 0.40, 0.15), (0.40, 0.30, 0.15, 0.05, 0.10))
# Calls to action in journey order, so a CTA-conversion chart shows the drop-off.
CTAS = ("cta:download-guide", "cta:watch-video", "cta:see-pricing", "cta:book-demo")
CTA_WEIGHTS = ((0.45, 0.30, 0.15, 0.10), (0.20, 0.20, 0.30, 0.30))
CTA_CLICK_RATES = (0.22, 0.16, 0.12, 0.08)

CONTENT = ("content:abm-playbook", "content:nps-benchmark-report", "content:roi-calculator",
           "content:case-study-logistics", "content:case-study-manufacturing",
           "content:buyers-guide", "content:security-whitepaper", "content:retention-checklist",
           "content:lead-scoring-guide", "content:webinar-recording")
SOCIAL_POSTS = ("post:linkedin-product-launch", "post:linkedin-customer-story",
                "post:linkedin-event", "post:x-benchmark", "post:linkedin-hiring")

PUBLICATIONS: dict[str, tuple[str, ...]] = {
    "ja": ("media:nikkei-xtech", "media:itmedia"),
    "zh": ("media:36kr", "media:caixin"),
    "pl": ("media:puls-biznesu", "media:rzeczpospolita"),
    "de": ("media:handelsblatt",),
    "fr": ("media:les-echos",),
    "es": ("media:expansion",),
    "pt": ("media:valor-economico",),
    "en": ("media:techcrunch", "media:financial-times", "media:forbes"),
}

SURVEYS = ("Relationship NPS", "Onboarding NPS")

COMMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Support takes days to answer; we are looking at alternatives.",
         "Too expensive for what we actually use.",
         "The reports never match what our CRM says.",
         "Our champion left and nobody showed us the new features."),
        ("Does the job, onboarding was slow.",
         "Good product, but the pricing is hard to justify.",
         "Fine overall; the import could be easier."),
        ("The health scores changed how our team runs the weekly meeting.",
         "Great support, answers within hours.",
         "Exactly what our account managers needed offline.",
         "We finally stopped quoting raw lead counts."),
    ),
    "ja": (
        ("サポートの回答が遅く、他社製品を検討しています。",
         "価格に見合う価値を感じません。",
         "レポートの数字がCRMと合いません。"),
        ("機能は十分ですが、導入に時間がかかりました。",
         "概ね満足していますが、価格が少し高いです。"),
        ("営業とマーケティングの会議がとても効率的になりました。",
         "サポートの対応が迅速で助かっています。",
         "オフラインで使えるのが本当に便利です。"),
    ),
    "zh": (
        ("客服回复太慢，我们正在考虑其他方案。",
         "价格太高，性价比不理想。",
         "报表数据和我们的CRM对不上。"),
        ("功能够用，但上手比较慢。",
         "整体不错，导入功能还可以改进。"),
        ("健康评分让我们的周会更高效。",
         "客服响应非常及时。",
         "离线使用非常方便，强烈推荐。"),
    ),
    "pl": (
        ("Wsparcie odpowiada po kilku dniach, szukamy innego dostawcy.",
         "Za drogo w stosunku do tego, z czego korzystamy.",
         "Raporty nie zgadzają się z danymi w naszym CRM."),
        ("Produkt w porządku, ale wdrożenie trwało długo.",
         "Ogólnie dobrze, import mógłby być prostszy."),
        ("Spotkania sprzedaży i marketingu są wreszcie konkretne.",
         "Świetne wsparcie, odpowiedź w ciągu kilku godzin.",
         "Dokładnie tego potrzebowali nasi opiekunowie klientów."),
    ),
    "de": (
        ("Der Support antwortet erst nach Tagen; wir prüfen Alternativen.",
         "Zu teuer für den tatsächlichen Nutzen."),
        ("Solide, aber die Einführung hat gedauert.",),
        ("Unsere Vertriebsrunde ist dank der Health-Scores viel klarer.",
         "Schneller, kompetenter Support."),
    ),
    "es": (
        ("El soporte tarda días en responder; estamos evaluando alternativas.",
         "Demasiado caro para lo que usamos."),
        ("Cumple, aunque la implantación fue lenta.",),
        ("Las reuniones de ventas y marketing por fin se centran en lo importante.",
         "Soporte rápido y amable."),
    ),
}

NOTES: dict[str, tuple[str, ...]] = {
    "risk": ("Renewal risk: champion left and support backlog growing; escalate to VP Customer Success.",
             "Usage dropped since the reorganisation; book an executive check-in.",
             "Detractor response in the last survey; call the sponsor before the renewal."),
    "pipeline": ("Demo went well; send the proposal and pricing by Friday.",
                 "Security questionnaire received; loop in IT before the next call.",
                 "Met at the trade show; interested in the analytics add-on.",
                 "Procurement asks for a multi-year discount."),
    "customer": ("QBR held; expansion into a second site under discussion.",
                 "Ask for a case study after the next release.",
                 "Invite the champion to the customer advisory board."),
    "nurture": ("No reply to the last three e-mails; try another contact in operations.",
                "Downloaded the buyer's guide twice; offer a short discovery call.",
                "Add to the regional webinar invitation list."),
}
