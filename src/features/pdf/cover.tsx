import { Image, Page, Text, View } from '@react-pdf/renderer'
import { tellPurchase } from '../../i18n/purchase.ts'
import type { PdfModel } from './model.ts'
import { colors, PAGE_MARGIN, styles } from './styles.ts'

function Consultant({ model }: { model: PdfModel }) {
  const { branding, t } = model
  if (!branding.name && !branding.company && !branding.contact && !branding.logo) return null
  return (
    <View style={{ flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between' }}>
      <View style={{ maxWidth: 300 }}>
        <Text style={styles.eyebrow}>{t.cover.preparedBy}</Text>
        {branding.name && <Text style={{ fontSize: 11, fontWeight: 700 }}>{branding.name}</Text>}
        {branding.company && <Text style={{ fontSize: 11 }}>{branding.company}</Text>}
        {branding.contact && <Text style={[styles.small, { marginTop: 2 }]}>{branding.contact}</Text>}
      </View>
      {branding.logo && <Image src={branding.logo} style={{ maxWidth: 140, maxHeight: 60, objectFit: 'contain' }} />}
    </View>
  )
}

/** The verdict on a tool being offered, where the reader looks first. */
function PurchaseLine({ model }: { model: PdfModel }) {
  const check = model.report.purchase
  const item = check && model.questionnaire.adoption?.items.find((i) => i.id === check.itemId)
  if (!check || !item) return null
  const told = tellPurchase(
    check,
    {
      item: model.text(item.title),
      businessModelScore: model.format.score(check.businessModelScore),
      threshold: model.format.score(model.questionnaire.scoring.foundationCarriesFrom),
    },
    model.locale,
    'company',
  )
  return (
    <View style={{ marginTop: 18, paddingLeft: 10, borderLeftWidth: 3, borderLeftColor: model.accent, maxWidth: 380 }}>
      <Text style={{ fontSize: 11, fontWeight: 700 }}>{told.heading}</Text>
      <Text style={{ fontSize: 11 }}>{told.verdict}</Text>
    </View>
  )
}

/** The cover: company, date, who answered, and the consultant's branding when set. */
export function CoverPage({ model }: { model: PdfModel }) {
  const { t, format } = model
  return (
    <Page size="A4" style={[styles.page, { paddingTop: 0, paddingBottom: PAGE_MARGIN }]}>
      <View style={{ height: 10, backgroundColor: model.accent, marginHorizontal: -PAGE_MARGIN }} />
      <View style={{ flexGrow: 1, justifyContent: 'center' }}>
        <Text style={[styles.eyebrow, { color: model.accentText, fontSize: 9 }]}>{t.cover.eyebrow}</Text>
        <Text style={{ fontSize: 32, fontWeight: 700, marginBottom: model.companyFacts ? 4 : 16 }}>
          {model.company ?? t.cover.noCompany}
        </Text>
        {model.companyFacts && (
          <Text style={{ fontSize: 13, marginBottom: 16, color: colors.ink }}>{model.companyFacts}</Text>
        )}
        {model.answeredBy.map((line) => (
          <Text key={line} style={{ fontSize: 13, color: colors.muted }}>
            {line}
          </Text>
        ))}
        <Text style={{ fontSize: 13, color: colors.muted }}>{t.cover.date(format.date(model.date))}</Text>
        <PurchaseLine model={model} />
        <View
          style={{ marginTop: 48, borderTopWidth: 0.5, borderTopColor: colors.rule, paddingTop: 10, maxWidth: 340 }}
        >
          <Text style={{ fontSize: 10.5, color: colors.muted }}>{t.cover.motto}</Text>
          <Text style={[styles.small, { marginTop: 4 }]}>{model.text(model.questionnaire.title)}</Text>
        </View>
      </View>
      <Consultant model={model} />
    </Page>
  )
}
