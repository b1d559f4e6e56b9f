import type { JourneyContent } from '../../records/JourneyMap.js';
import type { TemplateLanguage } from '../phaseModels.js';
import { buildExampleMap, type ExamplePhase } from './buildExampleMap.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The phases of a service and complaint journey. A custom set, not See–Think–Do–Care: the customer does
 * not buy here, she wants a problem gone, so the phases follow the problem (it happens, she looks for
 * help, she reaches us, it gets solved, and what stays behind) instead of squeezing every card into Care.
 */
export const SERVICE_COMPLAINT_PHASES: readonly ExamplePhase[] = [
  {
    key: 'problem',
    name: { en: 'Something goes wrong', nl: 'Er gaat iets mis' },
    customerNeed: { en: 'Understands what is wrong', nl: 'Begrijpt wat er aan de hand is' },
  },
  {
    key: 'help',
    name: { en: 'Looks for help', nl: 'Zoekt hulp' },
    customerNeed: { en: 'Finds an answer or the right way in', nl: 'Vindt een antwoord of de juiste ingang' },
  },
  {
    key: 'contact',
    name: { en: 'Contacts us', nl: 'Neemt contact op' },
    customerNeed: { en: 'Is heard the first time', nl: 'Wordt de eerste keer gehoord' },
  },
  {
    key: 'resolution',
    name: { en: 'Gets it solved', nl: 'Krijgt een oplossing' },
    customerNeed: {
      en: 'Has it fixed, and knows when and how',
      nl: 'Krijgt het opgelost en weet wanneer en hoe',
    },
  },
  {
    key: 'after',
    name: { en: 'Afterwards', nl: 'Daarna' },
    customerNeed: { en: 'Trusts us again', nl: 'Heeft weer vertrouwen in ons' },
  },
];

/**
 * A service and complaint journey: the home internet of a broadband customer goes down, a technician
 * does not show up, and a complaint ends in a call-back and compensation. Peaks at the outage page and the
 * complaint handler's call, valleys at the phone menu and the missed appointment.
 */
export function createServiceComplaintExample(language: TemplateLanguage): JourneyContent {
  const map = buildExampleMap(SERVICE_COMPLAINT_PHASES, language);

  map.addTouchpoint('problem', {
    title: { en: 'Internet goes down', nl: 'Internet valt uit' },
    channel: 'other',
    customerAction: {
      en: 'Working from home, loses the connection in the middle of a video call; restarts the modem',
      nl: 'Werkt thuis en verliest midden in een videogesprek de verbinding; herstart het modem',
    },
    thinksFeels: {
      en: 'Not now, I have a client meeting at two.',
      nl: 'Niet nu, ik heb om twee uur een klantafspraak.',
    },
    emotion: -2,
    expectation: 8,
    experience: 3,
    owningDepartment: { en: 'Network operations', nl: 'Netwerkbeheer' },
    expectedSecondsToNext: 10 * MINUTE,
  });
  const outagePage = map.addTouchpoint('help', {
    title: { en: 'Outage page in the app', nl: 'Storingspagina in de app' },
    channel: 'app',
    customerAction: {
      en: 'Opens the app on mobile data and checks the outage map for her postcode',
      nl: 'Opent de app via mobiele data en bekijkt de storingskaart voor haar postcode',
    },
    thinksFeels: {
      en: 'No known outage here, so it must be my line. What now?',
      nl: 'Geen bekende storing hier, dus het ligt aan mijn aansluiting. En nu?',
    },
    emotion: -1,
    expectation: 6,
    experience: 5,
    owningDepartment: { en: 'Digital channels', nl: 'Digitale kanalen' },
    expectedSecondsToNext: 5 * MINUTE,
  });
  map.addTouchpoint('help', {
    title: { en: 'Line check in the app', nl: 'Lijncheck in de app' },
    channel: 'app',
    customerAction: {
      en: 'Runs the line check; the app finds a fault outside her home and offers an appointment',
      nl: 'Start de lijncheck; de app vindt een storing buiten haar woning en biedt een afspraak aan',
    },
    thinksFeels: {
      en: 'Impressive, it knows exactly where the problem is. Tomorrow between 8 and 12.',
      nl: 'Knap, hij weet precies waar het probleem zit. Morgen tussen 8 en 12.',
    },
    emotion: 2,
    expectation: 4,
    experience: 8,
    owningDepartment: { en: 'Digital channels', nl: 'Digitale kanalen' },
    expectedSecondsToNext: 1 * DAY,
    backstageNotes: {
      en: 'The line check reads the modem and the street cabinet; appointments come from the field service planning.',
      nl: 'De lijncheck leest het modem en de wijkcentrale uit; afspraken komen uit de planning van de buitendienst.',
    },
  });
  const noShow = map.addTouchpoint('contact', {
    title: { en: 'Technician does not show up', nl: 'Monteur komt niet opdagen' },
    channel: 'other',
    customerAction: {
      en: 'Takes the morning off and waits; at 12:30 there is still no technician and no message',
      nl: 'Neemt de ochtend vrij en wacht; om half een is er nog geen monteur en geen bericht',
    },
    thinksFeels: {
      en: 'I took half a day off for this. Nobody even lets me know.',
      nl: 'Ik heb hier een halve dag vrij voor genomen. Niemand laat zelfs iets weten.',
    },
    emotion: -3,
    expectation: 7,
    experience: 1,
    owningDepartment: { en: 'Field service', nl: 'Buitendienst' },
    expectedSecondsToNext: 30 * MINUTE,
    backstageNotes: {
      en: 'The job was moved to the next day by the planning system after an urgent repair; no message was sent.',
      nl: 'Het planningssysteem schoof de klus na een spoedreparatie door naar de volgende dag; er ging geen bericht uit.',
    },
  });
  const phoneMenu = map.addTouchpoint('contact', {
    title: { en: 'Calls customer service', nl: 'Belt de klantenservice' },
    channel: 'phone',
    customerAction: {
      en: 'Goes through four menu levels, enters her customer number and waits 25 minutes',
      nl: 'Gaat door vier keuzemenu’s, toetst haar klantnummer in en wacht 25 minuten',
    },
    thinksFeels: {
      en: 'And then I have to tell the whole story again from the beginning.',
      nl: 'En dan moet ik het hele verhaal weer vanaf het begin vertellen.',
    },
    emotion: -3,
    expectation: 6,
    experience: 2,
    owningDepartment: { en: 'Customer service', nl: 'Klantenservice' },
    expectedSecondsToNext: 10 * MINUTE,
    backstageNotes: {
      en: 'The agent sees the line check but not the moved appointment; the planning system is separate.',
      nl: 'De medewerker ziet de lijncheck wel, maar de verschoven afspraak niet; de planning is een los systeem.',
    },
  });
  const complaintForm = map.addTouchpoint('contact', {
    title: { en: 'Files a complaint online', nl: 'Dient online een klacht in' },
    channel: 'web',
    customerAction: {
      en: 'Fills in the complaint form that evening and asks for compensation for the lost morning',
      nl: 'Vult die avond het klachtenformulier in en vraagt om een vergoeding voor de verloren ochtend',
    },
    thinksFeels: {
      en: 'A reply within five working days? I will probably never hear back.',
      nl: 'Reactie binnen vijf werkdagen? Daar hoor ik vast nooit meer iets van.',
    },
    emotion: -2,
    expectation: 5,
    experience: 3,
    owningDepartment: { en: 'Complaints team', nl: 'Klachtenteam' },
    expectedSecondsToNext: 1 * DAY,
  });
  map.addTouchpoint('resolution', {
    title: { en: 'Call-back from the complaints team', nl: 'Terugbelactie van het klachtenteam' },
    channel: 'phone',
    customerAction: {
      en: 'The next morning a complaint handler calls, apologises and books a technician that afternoon',
      nl: 'De volgende ochtend belt een klachtbehandelaar, biedt excuses aan en plant dezelfde middag een monteur in',
    },
    thinksFeels: {
      en: 'She already knew everything and just sorted it. That I did not expect.',
      nl: 'Ze wist alles al en regelde het gewoon. Dat had ik niet verwacht.',
    },
    emotion: 3,
    expectation: 3,
    experience: 9,
    owningDepartment: { en: 'Complaints team', nl: 'Klachtenteam' },
    expectedSecondsToNext: 5 * HOUR,
    backstageNotes: {
      en: 'Complaint handlers may plan priority appointments and grant compensation up to 50 euros themselves.',
      nl: 'Klachtbehandelaars mogen zelf spoedafspraken inplannen en vergoedingen tot 50 euro toekennen.',
    },
  });
  const repair = map.addTouchpoint('resolution', {
    title: { en: 'Technician repairs the line', nl: 'Monteur herstelt de verbinding' },
    channel: 'other',
    customerAction: {
      en: 'The technician replaces a connector in the street and tests the line at her home',
      nl: 'De monteur vervangt een connector in de straat en test de verbinding bij haar thuis',
    },
    thinksFeels: {
      en: 'Friendly and quick. But why did it take two days?',
      nl: 'Vriendelijk en snel. Maar waarom duurde het twee dagen?',
    },
    emotion: 1,
    expectation: 7,
    experience: 7,
    owningDepartment: { en: 'Field service', nl: 'Buitendienst' },
    expectedSecondsToNext: 7 * DAY,
  });
  const compensation = map.addTouchpoint('resolution', {
    title: { en: 'Compensation on the bill', nl: 'Vergoeding op de rekening' },
    channel: 'email',
    customerAction: {
      en: 'Finds a credit of 25 euros on her next bill, with one line of explanation',
      nl: 'Ziet op haar volgende rekening een creditering van 25 euro, met één regel uitleg',
    },
    thinksFeels: {
      en: 'Fair enough. Nice that they kept their word.',
      nl: 'Redelijk. Fijn dat ze zich aan hun woord hebben gehouden.',
    },
    emotion: 1,
    expectation: 5,
    experience: 6,
    owningDepartment: { en: 'Billing', nl: 'Facturatie' },
    expectedSecondsToNext: 2 * DAY,
  });
  const survey = map.addTouchpoint('after', {
    title: { en: 'Satisfaction survey', nl: 'Tevredenheidsonderzoek' },
    channel: 'email',
    customerAction: {
      en: 'Gets a survey about “your call with customer service” and scores it a 4 out of 10',
      nl: 'Krijgt een enquête over “uw gesprek met de klantenservice” en geeft een 4',
    },
    thinksFeels: {
      en: 'They ask about the phone call, not about what went wrong. The call-back deserved a 9.',
      nl: 'Ze vragen naar het telefoongesprek, niet naar wat er misging. Het terugbellen verdiende een 9.',
    },
    emotion: -1,
    expectation: 5,
    experience: 4,
    owningDepartment: { en: 'Customer insights', nl: 'Klantinzicht' },
    expectedSecondsToNext: 60 * DAY,
  });
  map.addTouchpoint('after', {
    title: { en: 'Renewal offer', nl: 'Aanbod om te verlengen' },
    channel: 'letter',
    customerAction: {
      en: 'Receives a renewal offer with a faster connection and stays with the provider',
      nl: 'Ontvangt een verlengingsaanbod met een snellere verbinding en blijft klant',
    },
    thinksFeels: {
      en: 'Switching is a hassle too, and in the end they did solve it.',
      nl: 'Overstappen is ook gedoe, en uiteindelijk hebben ze het wel opgelost.',
    },
    emotion: 0,
    expectation: 5,
    experience: 6,
    owningDepartment: { en: 'Retention', nl: 'Klantbehoud' },
  });

  map.addPainPoint('help', {
    title: { en: 'Outage map only shows big outages', nl: 'Storingskaart toont alleen grote storingen' },
    description: {
      en: 'A fault on one street does not appear, so the customer thinks nobody knows about it.',
      nl: 'Een storing in één straat staat er niet op, dus de klant denkt dat niemand ervan weet.',
    },
    severity: 'low',
    touchpointId: outagePage,
  });
  const missed = map.addPainPoint('contact', {
    title: { en: 'Appointment moved without a message', nl: 'Afspraak verzet zonder bericht' },
    description: {
      en: 'The planning system moves jobs after urgent repairs but never tells the customer.',
      nl: 'Het planningssysteem verschuift klussen na spoedreparaties, maar laat het de klant nooit weten.',
    },
    severity: 'high',
    touchpointId: noShow,
  });
  const retell = map.addPainPoint('contact', {
    title: { en: 'Telling the story again', nl: 'Het verhaal opnieuw vertellen' },
    description: {
      en: 'The phone menu asks for the customer number, but the agent does not see the earlier steps.',
      nl: 'Het keuzemenu vraagt om het klantnummer, maar de medewerker ziet de eerdere stappen niet.',
    },
    severity: 'high',
    touchpointId: phoneMenu,
  });
  map.addPainPoint('contact', {
    title: { en: 'Five working days for a reply', nl: 'Vijf werkdagen voor een reactie' },
    description: {
      en: 'The complaint form promises a slow answer, which makes customers call as well.',
      nl: 'Het klachtenformulier belooft een trage reactie, waardoor klanten ook nog gaan bellen.',
    },
    severity: 'medium',
    touchpointId: complaintForm,
  });
  const wrongSurvey = map.addPainPoint('after', {
    title: { en: 'The survey measures the wrong moment', nl: 'De enquête meet het verkeerde moment' },
    description: {
      en: 'The survey follows the last phone call, so the complaint handler’s good work is never measured.',
      nl: 'De enquête volgt op het laatste telefoongesprek, dus het goede werk van de klachtbehandelaar wordt nooit gemeten.',
    },
    severity: 'low',
    touchpointId: survey,
  });

  map.addIdea({
    title: { en: 'Text message when an appointment moves', nl: 'Sms als een afspraak verschuift' },
    description: {
      en: 'Tell the customer at once, with a new slot to accept or change.',
      nl: 'Laat het de klant meteen weten, met een nieuw tijdvak om te accepteren of te wijzigen.',
    },
    reach: 3,
    feasibility: 5,
    phase: 'contact',
    touchpointId: noShow,
    painPointId: missed,
  });
  map.addIdea({
    title: { en: 'Agents see the whole case', nl: 'Medewerkers zien het hele dossier' },
    description: {
      en: 'Show the line check, the appointment and earlier contacts on one screen when the customer calls.',
      nl: 'Toon de lijncheck, de afspraak en eerdere contacten op één scherm als de klant belt.',
    },
    reach: 4,
    feasibility: 2,
    phase: 'contact',
    touchpointId: phoneMenu,
    painPointId: retell,
  });
  map.addIdea({
    title: { en: 'Call back within one working day', nl: 'Binnen één werkdag terugbellen' },
    description: {
      en: 'Promise a call-back within one working day for every complaint about a missed appointment.',
      nl: 'Beloof bij elke klacht over een gemiste afspraak binnen één werkdag terug te bellen.',
    },
    reach: 2,
    feasibility: 4,
    phase: 'resolution',
    touchpointId: repair,
  });
  map.addIdea({
    title: { en: 'Survey about the whole case', nl: 'Enquête over het hele dossier' },
    description: {
      en: 'Ask after the case is closed how the problem was solved, not about a single call.',
      nl: 'Vraag na het sluiten van het dossier hoe het probleem is opgelost, niet naar één gesprek.',
    },
    reach: 3,
    feasibility: 4,
    phase: 'after',
    touchpointId: survey,
    painPointId: wrongSurvey,
  });
  map.addIdea({
    title: { en: 'Compensation explained in the app', nl: 'Vergoeding uitgelegd in de app' },
    description: {
      en: 'Show the credit and why it was given in the app as soon as it is granted.',
      nl: 'Toon de creditering en de reden ervan in de app zodra die is toegekend.',
    },
    reach: 2,
    feasibility: 4,
    phase: 'resolution',
    touchpointId: compensation,
  });

  map.setKpi('problem', {
    en: 'Faults per 1,000 lines: 7 a month',
    nl: 'Storingen per 1.000 aansluitingen: 7 per maand',
  });
  map.setKpi('help', { en: 'Line checks solved in the app 38 %', nl: 'Lijnchecks opgelost in de app 38 %' });
  map.setKpi('contact', {
    en: 'Missed appointments 6 %; repeat calls within 7 days 31 %',
    nl: 'Gemiste afspraken 6 %; herhaalcontact binnen 7 dagen 31 %',
  });
  map.setKpi('resolution', {
    en: 'Median time to repair 2.1 days; complaints closed within 1 day 45 %',
    nl: 'Mediane hersteltijd 2,1 dag; klachten binnen 1 dag afgehandeld 45 %',
  });
  map.setKpi('after', { en: 'Churn after a complaint 14 %', nl: 'Opzeggingen na een klacht 14 %' });

  return map.content;
}
