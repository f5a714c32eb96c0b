#include "democast.h"

#include "democastdata.h"
#include "demorandom.h"

namespace proofdesk::demo {

QString unitKey(Unit unit)
{
    switch (unit) {
    case Unit::RetailBanking:
        return QStringLiteral("retail-banking");
    case Unit::Insurance:
        return QStringLiteral("insurance");
    case Unit::Lending:
        return QStringLiteral("lending");
    }
    return {};
}

QString unitCompany(Unit unit)
{
    switch (unit) {
    case Unit::RetailBanking:
        return QStringLiteral("Northbridge Bank S.A.");
    case Unit::Insurance:
        return QStringLiteral("Northbridge Assurance S.A.");
    case Unit::Lending:
        return QStringLiteral("Northbridge Home & Consumer Finance S.A.");
    }
    return {};
}

bool Customer::hasUnit(Unit unit) const
{
    switch (unit) {
    case Unit::RetailBanking:
        return !accountId.isEmpty();
    case Unit::Insurance:
        return !policyId.isEmpty();
    case Unit::Lending:
        return !loanId.isEmpty();
    }
    return false;
}

int customerCountFor(int communications) { return qMax(1, communications / 6); }

// Business keys are bijections of the customer index (multiplying by a prime coprime to the
// range), so they are unique without bookkeeping yet do not look sequential.
static QString scrambledKey(const char *prefix, qint64 n, qint64 range, qint64 base)
{
    const qint64 value = base + (n * 7919) % range;
    return QLatin1String(prefix) + QString::number(value);
}

QString claimIdFor(int customerIndex, int quarterIndex)
{
    const qint64 n = qint64(customerIndex) * 12 + quarterIndex;
    // Five digits (CLM-10000..99999) while they last, then seven: the two ranges never meet.
    if (n < 90000)
        return scrambledKey("CLM-", n, 90000, 10000);
    return scrambledKey("CLM-", n - 90000, 9000000, 1000000);
}

QString claimKindFor(const QString &policyProduct, int quarterIndex)
{
    static const char *const home[] = {"water damage", "storm damage", "burglary", "fire damage"};
    static const char *const motor[] = {"collision", "windscreen damage", "theft of vehicle"};
    static const char *const other[] = {"lost luggage", "medical expenses", "accidental damage"};
    if (policyProduct.contains(QLatin1String("Motor")))
        return QLatin1String(motor[quarterIndex % 3]);
    if (policyProduct.contains(QLatin1String("Home")) || policyProduct.contains(QLatin1String("Contents")))
        return QLatin1String(home[quarterIndex % 4]);
    return QLatin1String(other[quarterIndex % 3]);
}

static QString asciiFold(const QString &text)
{
    // For e-mail local parts: strip accents; letters that do not decompose get their usual
    // transliteration.
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    for (const QChar c : decomposed) {
        if (c == QChar(0x0142))
            out += QLatin1Char('l');
        else if (c == QChar(0x00F8))
            out += QLatin1Char('o');
        else if (c == QChar(0x00DF))
            out += QLatin1String("ss");
        else if (c == QChar(0x00E6))
            out += QLatin1String("ae");
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'))
            out += c;
    }
    return out;
}

static const CountryData &pickCountry(DemoRandom &rng)
{
    const QList<CountryData> &all = countries();
    QList<int> weights;
    for (const CountryData &c : all)
        weights.append(c.weight);
    return all[rng.weighted(weights.constData(), int(weights.size()))];
}

static void fillPerson(Customer &c, const CountryData &country, DemoRandom &rng)
{
    const int gender = rng.below(20); // 0..8 female, 9..17 male, 18..19 unstated
    const bool female = gender < 9 || (gender >= 18 && rng.chance(500));
    c.title = gender < 9 ? QStringLiteral("Ms") : gender < 18 ? QStringLiteral("Mr") : QStringLiteral("Mx");
    c.givenName = QString::fromUtf8(female ? rng.pick(country.femaleNames) : rng.pick(country.maleNames));
    c.familyName = QString::fromUtf8(rng.pick(country.familyNames));
    c.country = QLatin1String(country.code);
    // Some customers abroad ask for English correspondence.
    c.language = rng.chance(150) ? QStringLiteral("en") : QLatin1String(country.language);

    const QString street = QString::fromUtf8(rng.pick(country.streets));
    const QString number = QString::number(rng.range(1, 180));
    c.address = {country.numberAfterStreet ? street + QLatin1Char(' ') + number : number + QLatin1Char(' ') + street,
                 QString::fromUtf8(rng.pick(country.places)), QLatin1String(country.name)};

    static const char *const domains[] = {"example.com", "example.net", "example.org", "mail.example"};
    c.email = asciiFold(c.givenName).remove(QLatin1Char('-')).left(12) + QLatin1Char('.')
              + asciiFold(c.familyName).left(14) + QString::number(c.index % 97) + QLatin1Char('@')
              + QLatin1String(domains[rng.below(4)]);
    c.phone = QLatin1String(country.phonePrefix) + QLatin1Char(' ') + QString::number(rng.range(100, 999))
              + QLatin1Char(' ') + QString::number(rng.range(1000, 9999));
}

static void fillProducts(Customer &c, DemoRandom &rng)
{
    // Customer 0 holds a product in every unit, so a unit can always find a customer.
    const bool all = c.index == 0;
    const bool account = all || rng.chance(850);
    const bool policy = all || rng.chance(450);
    const bool loan = all || rng.chance(300) || (!account && !policy);
    if (account)
        c.accountId = scrambledKey("ACC-", c.index, 90000000, 10000000);
    if (policy) {
        c.policyId = scrambledKey("POL-", c.index, 9000000, 1000000);
        c.policyProduct = QString::fromUtf8(rng.pick(policyProducts()));
    }
    if (loan) {
        c.loanId = scrambledKey("LN-", c.index, 900000, 100000);
        c.loanProduct = QString::fromUtf8(rng.pick(loanProducts()));
    }
    c.paperless = rng.chance(400);
}

Customer customerAt(quint64 seed, int index)
{
    DemoRandom rng = DemoRandom::derived(seed, Stream::Customer, quint64(index));
    Customer c;
    c.index = index;
    c.id = QStringLiteral("CUS-%1").arg(index + 1, 7, 10, QLatin1Char('0'));
    fillPerson(c, pickCountry(rng), rng);
    fillProducts(c, rng);
    return c;
}

} // namespace proofdesk::demo
