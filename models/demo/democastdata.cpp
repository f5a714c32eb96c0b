#include "democastdata.h"

namespace proofdesk::demo {

namespace {

// Fictional people at real-looking addresses; diacritics on purpose, because search
// (remove_diacritics) and PDF text extraction must both cope with them.
// clang-format off
CountryData germany()
{
    return {"DE", "Germany", "de", "+49 151", true,
            {"Anna", "Jördis", "Lea", "Sophie", "Käthe", "Hannah", "Marie", "Greta"},
            {"Jürgen", "Lukas", "Felix", "Matthias", "Björn", "Tobias", "Maximilian", "Jörg"},
            {"Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Schröder", "Becker", "Hoffmann",
             "Krüger", "Böhm"},
            {"Hauptstraße", "Lindenallee", "Goethestraße", "Am Mühlbach", "Schillerplatz",
             "Königsweg"},
            {"10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig",
             "90402 Nürnberg"},
            18};
}

CountryData france()
{
    return {"FR", "France", "fr", "+33 6", false,
            {"Chloé", "Léa", "Amélie", "Hélène", "Zoë", "Océane", "Inès", "Margaux"},
            {"François", "Jérôme", "Loïc", "Benoît", "Théo", "Mathéo", "Gaël", "Étienne"},
            {"Lefèvre", "Dubois", "Moreau", "Girard", "Faure", "Bérenger", "Mercier", "Rousseau",
             "Lefebvre", "Côté"},
            {"rue de la République", "avenue Jean-Jaurès", "boulevard Haussmann",
             "rue des Écoles", "place du Marché", "quai Saint-Étienne"},
            {"75011 Paris", "69002 Lyon", "13001 Marseille", "31000 Toulouse", "33000 Bordeaux",
             "67000 Strasbourg"},
            16};
}

CountryData spain()
{
    return {"ES", "Spain", "es", "+34 612", true,
            {"María", "Lucía", "Sofía", "Inés", "Begoña", "Nuria", "Paula", "Ángela"},
            {"José", "Álvaro", "Andrés", "Martín", "Iñaki", "Rubén", "Sergio", "Joaquín"},
            {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz",
             "Jiménez", "Núñez"},
            {"Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gràcia",
             "Calle San Vicente Mártir", "Plaza de España"},
            {"28013 Madrid", "08007 Barcelona", "46002 València", "41001 Sevilla", "48001 Bilbao",
             "29005 Málaga"},
            14};
}

CountryData poland()
{
    return {"PL", "Poland", "pl", "+48 601", true,
            {"Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Łucja", "Joanna", "Ewa", "Alicja"},
            {"Łukasz", "Paweł", "Michał", "Wojciech", "Krzysztof", "Jędrzej", "Piotr", "Tomasz"},
            {"Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Dąbrowski", "Lewandowski",
             "Kamiński", "Szymański", "Woźniak"},
            {"ul. Marszałkowska", "ul. Świętokrzyska", "ul. Długa", "al. Jerozolimskie",
             "ul. Piękna", "ul. Żeromskiego"},
            {"00-950 Warszawa", "30-001 Kraków", "80-001 Gdańsk", "50-001 Wrocław",
             "61-001 Poznań", "90-001 Łódź"},
            10};
}

CountryData denmark()
{
    return {"DK", "Denmark", "da", "+45 20", true,
            {"Mette", "Sørine", "Ida", "Freja", "Astrid", "Maja", "Line", "Birgitte"},
            {"Søren", "Jørgen", "Mads", "Anders", "Rasmus", "Bjørn", "Frederik", "Niels"},
            {"Nielsen", "Jensen", "Hansen", "Sørensen", "Kjær", "Møller", "Pedersen", "Lærke",
             "Christensen", "Østergaard"},
            {"Nørrebrogade", "Østerbrogade", "Vesterbrogade", "Strøget", "Åboulevarden",
             "Ågade"},
            {"2200 København N", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "2100 København Ø",
             "7100 Vejle"},
            8};
}

CountryData ireland()
{
    return {"IE", "Ireland", "en", "+353 87", false,
            {"Aoife", "Siobhán", "Niamh", "Róisín", "Zoë", "Caoimhe", "Saoirse", "Eimear"},
            {"Seán", "Pádraig", "Cian", "Oisín", "Ciarán", "Darragh", "Eoin", "Tadhg"},
            {"Ó Briain", "Ní Bhriain", "O'Sullivan", "Mac Cárthaigh", "Ó Súilleabháin", "Byrne",
             "Ó Néill", "Kelly", "Murphy", "Walsh"},
            {"Ormond Quay", "Patrick Street", "Shop Street", "O'Connell Street", "Grafton Street",
             "Quay Street"},
            {"Dublin D02 X285", "Cork T12 K8AF", "Galway H91 E2K3", "Limerick V94 T9PX",
             "Waterford X91 F6XY", "Kilkenny R95 D2X8"},
            10};
}

CountryData unitedKingdom()
{
    return {"GB", "United Kingdom", "en", "+44 7700", false,
            {"Olivia", "Amelia", "Zoë", "Charlotte", "Isla", "Freya", "Renée", "Eleanor"},
            {"Oliver", "George", "Harry", "Noël", "Arthur", "Rhys", "Dafydd", "William"},
            {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
             "Roberts", "Brontë"},
            {"Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road",
             "Mill Lane"},
            {"London NW1 6XE", "Manchester M1 1AE", "Cardiff CF10 1EP", "Bristol BS1 4ST",
             "Leeds LS1 4AP", "Edinburgh EH1 1YZ"},
            12};
}

CountryData netherlands()
{
    return {"NL", "Netherlands", "nl", "+31 6", true,
            {"Anouk", "Sanne", "Fenna", "Eline", "Noëlle", "Femke", "Lieke", "Maaike"},
            {"Daan", "Bram", "Thijs", "Joël", "Sven", "Ruben", "Joris", "Gijs"},
            {"de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
             "Mulder", "van Dijk"},
            {"Prinsengracht", "Keizersgracht", "Oudegracht", "Coolsingel", "Lange Voorhout",
             "Vismarkt"},
            {"1016 GV Amsterdam", "3511 LZ Utrecht", "3011 AD Rotterdam", "2514 EA Den Haag",
             "9711 LM Groningen", "5611 AZ Eindhoven"},
            7};
}

CountryData luxembourg()
{
    return {"LU", "Luxembourg", "fr", "+352 621", false,
            {"Léonie", "Mia", "Emma", "Anaïs", "Mélanie", "Joëlle", "Lena", "Nathalie"},
            {"Luc", "Gilles", "Yves", "Mathis", "Noé", "Rémy", "Tom", "Jean-Luc"},
            {"Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Thill", "Kieffer", "Reuter",
             "Schroeder", "Lëtz"},
            {"Rue de la Gare", "Avenue de la Liberté", "Grand-Rue", "Rue du Fossé",
             "Boulevard Royal", "Rue de l'Eau"},
            {"L-1611 Luxembourg", "L-4002 Esch-sur-Alzette", "L-9001 Ettelbruck",
             "L-6401 Echternach", "L-3401 Dudelange", "L-8001 Strassen"},
            5};
}
// clang-format on

} // namespace

const QList<CountryData> &countries()
{
    // The order is part of the demo: its seeded draws pick a country by index.
    static const QList<CountryData> table = {germany(), france(),        spain(),       poland(),    denmark(),
                                             ireland(), unitedKingdom(), netherlands(), luxembourg()};
    return table;
}

const QList<const char *> &policyProducts()
{
    static const QList<const char *> list = {"Home Insurance Plus", "Motor Comprehensive", "Contents Insurance",
                                             "Travel Annual",       "Life Cover 20",       "Pet Care Standard"};
    return list;
}

const QList<const char *> &loanProducts()
{
    static const QList<const char *> list = {"Fixed-rate mortgage (20 years)", "Variable-rate mortgage (25 years)",
                                             "Personal loan", "Car finance", "Home improvement loan"};
    return list;
}

} // namespace proofdesk::demo
