import type { JourneyContent } from '../../records/JourneyMap.js';
import { getPhaseModelTemplate, type TemplateLanguage } from '../phaseModels.js';
import { buildExampleMap, toExamplePhases } from './buildExampleMap.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * A web-shop purchase on See–Think–Do–Care–Love: buying an espresso machine online, from a friend's
 * coffee to a review. Peaks at the delivery slot and the set-up video, valleys at the comparison, the
 * checkout surprise and the broken milk frother.
 */
export function createWebshopPurchaseExample(language: TemplateLanguage): JourneyContent {
  const map = buildExampleMap(
    toExamplePhases(getPhaseModelTemplate('see-think-do-care-love').phases),
    language,
  );

  map.addTouchpoint('see', {
    title: { en: "A friend's espresso", nl: 'Espresso bij een vriendin' },
    channel: 'word-of-mouth',
    customerAction: {
      en: 'Drinks a flat white made on a bean-to-cup machine at a friend’s house',
      nl: 'Drinkt bij een vriendin een flat white uit een volautomatische espressomachine',
    },
    thinksFeels: {
      en: 'This is better than the capsules we drink at home. How much do these cost?',
      nl: 'Dit is veel lekkerder dan onze cupjes thuis. Wat kost zo’n ding eigenlijk?',
    },
    emotion: 2,
    expectation: 6,
    experience: 8,
    owningDepartment: { en: 'Marketing (brand)', nl: 'Marketing (merk)' },
    expectedSecondsToNext: 3 * DAY,
  });
  const ad = map.addTouchpoint('see', {
    title: { en: 'Video ad on social media', nl: 'Videoadvertentie op social media' },
    channel: 'advertising',
    customerAction: {
      en: 'Sees a short video of the same machine with a discount, and taps it',
      nl: 'Ziet een korte video van dezelfde machine met korting en tikt erop',
    },
    thinksFeels: {
      en: 'Twenty percent off. But the ad opens on the home page, not on the machine.',
      nl: 'Twintig procent korting. Maar de advertentie opent op de homepage, niet bij de machine.',
    },
    emotion: 0,
    expectation: 6,
    experience: 5,
    owningDepartment: { en: 'Marketing (performance)', nl: 'Marketing (performance)' },
    expectedSecondsToNext: 1 * DAY,
  });
  const compare = map.addTouchpoint('think', {
    title: { en: 'Compares machines and shops', nl: 'Vergelijkt machines en webshops' },
    channel: 'web',
    customerAction: {
      en: 'Opens a comparison site and five shops; filters on milk system and noise',
      nl: 'Opent een vergelijkingssite en vijf webshops; filtert op melksysteem en geluid',
    },
    thinksFeels: {
      en: 'Forty models that all look the same. What is the real difference?',
      nl: 'Veertig modellen die allemaal op elkaar lijken. Wat is nou echt het verschil?',
    },
    emotion: -2,
    expectation: 6,
    experience: 3,
    owningDepartment: { en: 'E-commerce', nl: 'E-commerce' },
    expectedSecondsToNext: 2 * HOUR,
  });
  map.addTouchpoint('think', {
    title: { en: 'Product page with video and reviews', nl: 'Productpagina met video en reviews' },
    channel: 'web',
    customerAction: {
      en: 'Watches the demo video and reads reviews about cleaning the milk frother',
      nl: 'Kijkt de demovideo en leest reviews over het schoonmaken van het melkopschuimsysteem',
    },
    thinksFeels: {
      en: 'Honest reviews, also the negative ones. Good to know it needs weekly cleaning.',
      nl: 'Eerlijke reviews, ook de negatieve. Fijn om te weten dat je hem wekelijks moet schoonmaken.',
    },
    emotion: 1,
    expectation: 6,
    experience: 7,
    owningDepartment: { en: 'E-commerce (content)', nl: 'E-commerce (content)' },
    expectedSecondsToNext: 10 * 60,
  });
  map.addTouchpoint('think', {
    title: { en: 'Asks the chat about descaling', nl: 'Vraagt via de chat naar ontkalken' },
    channel: 'chat',
    customerAction: {
      en: 'Asks whether the machine works with hard tap water; an advisor answers within a minute',
      nl: 'Vraagt of de machine tegen kalkrijk leidingwater kan; een adviseur antwoordt binnen een minuut',
    },
    thinksFeels: {
      en: 'A real answer from someone who knows the machine. That makes the choice easier.',
      nl: 'Een echt antwoord van iemand die de machine kent. Dat maakt kiezen makkelijker.',
    },
    emotion: 2,
    expectation: 5,
    experience: 8,
    owningDepartment: { en: 'Customer service', nl: 'Klantenservice' },
    expectedSecondsToNext: 30 * 60,
  });
  const checkout = map.addTouchpoint('do', {
    title: { en: 'Checkout', nl: 'Afrekenen' },
    channel: 'web',
    customerAction: {
      en: 'Fills in her details; delivery costs and an extra warranty appear only on the last step',
      nl: 'Vult haar gegevens in; bezorgkosten en een extra garantie verschijnen pas bij de laatste stap',
    },
    thinksFeels: {
      en: 'Wait, 6.95 for delivery and a pre-ticked warranty box? That feels sneaky.',
      nl: 'Wacht, 6,95 bezorgkosten en een aangevinkte garantie? Dat voelt niet eerlijk.',
    },
    emotion: -2,
    expectation: 7,
    experience: 4,
    owningDepartment: { en: 'E-commerce', nl: 'E-commerce' },
    expectedSecondsToNext: 5 * 60,
    backstageNotes: {
      en: 'Delivery costs are computed by the shipping module after the address is known.',
      nl: 'De bezorgkosten berekent de verzendmodule pas als het adres bekend is.',
    },
  });
  map.addTouchpoint('do', {
    title: { en: 'Chooses a delivery slot', nl: 'Kiest een bezorgmoment' },
    channel: 'email',
    customerAction: {
      en: 'Gets a confirmation e-mail and picks a two-hour evening slot',
      nl: 'Krijgt een bevestigingsmail en kiest een tijdvak van twee uur in de avond',
    },
    thinksFeels: {
      en: 'Delivered tomorrow evening when I am home. Perfect.',
      nl: 'Morgenavond bezorgd als ik thuis ben. Perfect.',
    },
    emotion: 3,
    expectation: 6,
    experience: 9,
    owningDepartment: { en: 'Logistics', nl: 'Logistiek' },
    expectedSecondsToNext: 1 * DAY,
    backstageNotes: {
      en: 'Slots come from the carrier’s planning system; the shop only reserves capacity.',
      nl: 'De tijdvakken komen uit het planningssysteem van de vervoerder; de webshop reserveert alleen capaciteit.',
    },
  });
  map.addTouchpoint('care', {
    title: { en: 'Set-up video through a QR code', nl: 'Installatievideo via een QR-code' },
    channel: 'app',
    customerAction: {
      en: 'Scans the QR code on the box and follows a three-minute set-up video',
      nl: 'Scant de QR-code op de doos en volgt een installatievideo van drie minuten',
    },
    thinksFeels: {
      en: 'No thick manual, just this. My first cappuccino within ten minutes!',
      nl: 'Geen dikke handleiding, gewoon dit. Binnen tien minuten mijn eerste cappuccino!',
    },
    emotion: 3,
    expectation: 5,
    experience: 9,
    owningDepartment: { en: 'Product management', nl: 'Productmanagement' },
    expectedSecondsToNext: 30 * DAY,
  });
  const frother = map.addTouchpoint('care', {
    title: { en: 'Milk frother breaks', nl: 'Melkopschuimer gaat kapot' },
    channel: 'web',
    customerAction: {
      en: 'After six weeks the frother leaks; she fills in the warranty form and uploads a photo',
      nl: 'Na zes weken lekt de melkopschuimer; ze vult het garantieformulier in en uploadt een foto',
    },
    thinksFeels: {
      en: 'A 600-euro machine that breaks this soon. And the form asks for the order number twice.',
      nl: 'Een machine van 600 euro die zo snel stuk gaat. En het formulier vraagt twee keer om het ordernummer.',
    },
    emotion: -3,
    expectation: 7,
    experience: 2,
    owningDepartment: { en: 'Customer service (warranty)', nl: 'Klantenservice (garantie)' },
    expectedSecondsToNext: 5 * DAY,
    backstageNotes: {
      en: 'Warranty claims go to the supplier by e-mail; the shop cannot see their status.',
      nl: 'Garantieclaims gaan per e-mail naar de leverancier; de webshop ziet de status niet.',
    },
  });
  map.addTouchpoint('care', {
    title: { en: 'Replacement part by post', nl: 'Vervangend onderdeel per post' },
    channel: 'letter',
    customerAction: {
      en: 'Receives a new frother in a letterbox parcel without having to send the machine in',
      nl: 'Krijgt een nieuwe opschuimer in een brievenbuspakje, zonder de machine op te sturen',
    },
    thinksFeels: {
      en: 'Oh, that was easy after all. I did not have to go without coffee.',
      nl: 'Dat ging toch makkelijk. Ik hoefde niet zonder koffie te zitten.',
    },
    emotion: 1,
    expectation: 4,
    experience: 7,
    owningDepartment: { en: 'Customer service (warranty)', nl: 'Klantenservice (garantie)' },
    expectedSecondsToNext: 14 * DAY,
  });
  const review = map.addTouchpoint('love', {
    title: { en: 'Review request', nl: 'Verzoek om een review' },
    channel: 'email',
    customerAction: {
      en: 'Gets a request to review the machine, sent on the day the frother broke',
      nl: 'Krijgt een verzoek om de machine te beoordelen, verstuurd op de dag dat de opschuimer kapotging',
    },
    thinksFeels: {
      en: 'Bad timing. I give three stars, though the shop helped me well.',
      nl: 'Slechte timing. Ik geef drie sterren, terwijl de webshop me goed heeft geholpen.',
    },
    emotion: -1,
    expectation: 5,
    experience: 4,
    owningDepartment: { en: 'Marketing (CRM)', nl: 'Marketing (CRM)' },
    expectedSecondsToNext: 60 * DAY,
  });
  map.addTouchpoint('love', {
    title: { en: 'Recommends the shop to a colleague', nl: 'Raadt de webshop aan bij een collega' },
    channel: 'word-of-mouth',
    customerAction: {
      en: 'Tells a colleague where she bought the machine and how the repair went',
      nl: 'Vertelt een collega waar ze de machine kocht en hoe de reparatie ging',
    },
    thinksFeels: {
      en: 'Not the cheapest, but they sort things out. I would buy there again.',
      nl: 'Niet de goedkoopste, maar ze lossen het op. Ik zou er weer kopen.',
    },
    emotion: 2,
    expectation: 6,
    experience: 8,
    owningDepartment: { en: 'Marketing (brand)', nl: 'Marketing (merk)' },
  });

  map.addPainPoint('see', {
    title: { en: 'Ad lands on the home page', nl: 'Advertentie landt op de homepage' },
    description: {
      en: 'The video ad shows one machine but opens the home page, so she has to search for it again.',
      nl: 'De videoadvertentie toont één machine maar opent de homepage, dus ze moet hem opnieuw zoeken.',
    },
    severity: 'low',
    touchpointId: ad,
  });
  const choiceStress = map.addPainPoint('think', {
    title: { en: 'Too many look-alike models', nl: 'Te veel modellen die op elkaar lijken' },
    description: {
      en: 'Specifications are listed, but not what they mean for a household that drinks milk coffee.',
      nl: 'De specificaties staan er wel, maar niet wat ze betekenen voor een huishouden dat vooral koffie met melk drinkt.',
    },
    severity: 'medium',
    touchpointId: compare,
  });
  const hiddenCosts = map.addPainPoint('do', {
    title: { en: 'Costs appear at the last step', nl: 'Kosten verschijnen pas bij de laatste stap' },
    description: {
      en: 'Delivery costs and a pre-ticked extra warranty show up only just before paying.',
      nl: 'Bezorgkosten en een vooraf aangevinkte extra garantie verschijnen pas vlak voor het betalen.',
    },
    severity: 'high',
    touchpointId: checkout,
  });
  const warrantyForm = map.addPainPoint('care', {
    title: { en: 'Warranty form asks twice', nl: 'Garantieformulier vraagt alles dubbel' },
    description: {
      en: 'The customer types her order number and details again, although she is signed in.',
      nl: 'De klant typt haar ordernummer en gegevens opnieuw in, terwijl ze al is ingelogd.',
    },
    severity: 'medium',
    touchpointId: frother,
  });
  const reviewTiming = map.addPainPoint('love', {
    title: { en: 'Review request at the wrong moment', nl: 'Reviewverzoek op het verkeerde moment' },
    description: {
      en: 'The request goes out on a fixed day after delivery, even while a warranty claim is open.',
      nl: 'Het verzoek gaat op een vaste dag na levering de deur uit, ook als er een garantieclaim loopt.',
    },
    severity: 'low',
    touchpointId: review,
  });

  map.addIdea({
    title: { en: 'Coffee finder in three questions', nl: 'Koffiekeuzehulp in drie vragen' },
    description: {
      en: 'Ask how many cups, with or without milk, and the budget; show the three machines that fit.',
      nl: 'Vraag hoeveel kopjes, met of zonder melk, en het budget; toon de drie machines die passen.',
    },
    reach: 4,
    feasibility: 3,
    phase: 'think',
    touchpointId: compare,
    painPointId: choiceStress,
  });
  map.addIdea({
    title: { en: 'Show all costs on the product page', nl: 'Alle kosten al op de productpagina' },
    description: {
      en: 'Show delivery costs next to the price and never pre-tick an extra warranty.',
      nl: 'Toon de bezorgkosten naast de prijs en vink nooit vooraf een extra garantie aan.',
    },
    reach: 5,
    feasibility: 5,
    phase: 'do',
    touchpointId: checkout,
    painPointId: hiddenCosts,
  });
  map.addIdea({
    title: { en: 'Warranty claim from "My orders"', nl: 'Garantie aanvragen vanuit "Mijn bestellingen"' },
    description: {
      en: 'One button on the order fills in everything we already know; the customer adds a photo.',
      nl: 'Eén knop bij de bestelling vult alles in wat we al weten; de klant voegt alleen een foto toe.',
    },
    reach: 2,
    feasibility: 4,
    phase: 'care',
    touchpointId: frother,
    painPointId: warrantyForm,
  });
  map.addIdea({
    title: { en: 'Hold review requests during a claim', nl: 'Geen reviewverzoek tijdens een claim' },
    description: {
      en: 'Send the request only when no service question or warranty claim is open for the order.',
      nl: 'Stuur het verzoek pas als er geen servicevraag of garantieclaim meer openstaat voor de bestelling.',
    },
    reach: 2,
    feasibility: 5,
    phase: 'love',
    touchpointId: review,
    painPointId: reviewTiming,
  });
  map.addIdea({
    title: { en: 'Deep link from every ad', nl: 'Elke advertentie linkt naar het product' },
    description: {
      en: 'Every product ad opens the page of that product, with the discount already applied.',
      nl: 'Elke productadvertentie opent de pagina van dat product, met de korting al verwerkt.',
    },
    reach: 4,
    feasibility: 4,
    phase: 'see',
    touchpointId: ad,
  });

  map.setKpi('see', { en: 'Ad click-through 1.8 %', nl: 'Doorklikratio advertenties 1,8 %' });
  map.setKpi('think', { en: 'Product page to cart 6 %', nl: 'Van productpagina naar winkelwagen 6 %' });
  map.setKpi('do', {
    en: 'Checkout abandonment 41 %; delivered in chosen slot 96 %',
    nl: 'Afhakers bij afrekenen 41 %; bezorgd in gekozen tijdvak 96 %',
  });
  map.setKpi('care', { en: 'Warranty claims 4 % of orders', nl: 'Garantieclaims 4 % van de bestellingen' });
  map.setKpi('love', { en: 'Average review 4.1; NPS +22', nl: 'Gemiddelde review 4,1; NPS +22' });

  return map.content;
}
