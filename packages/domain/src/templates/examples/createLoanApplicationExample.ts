import type { JourneyContent } from '../../records/JourneyMap.js';
import { getPhaseModelTemplate, type TemplateLanguage } from '../phaseModels.js';
import { buildExampleMap, toExamplePhases } from './buildExampleMap.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * A loan application on Orientation–Purchase–Use–Service–Billing: a personal loan for a second-hand
 * car, from the first calculation to the monthly instalments. Peaks at the advisor's call and the money
 * arriving the next day, valleys at the silent wait for a decision and the stern payment reminder.
 */
export function createLoanApplicationExample(language: TemplateLanguage): JourneyContent {
  const map = buildExampleMap(
    toExamplePhases(getPhaseModelTemplate('orientation-purchase-use-service-billing').phases),
    language,
  );

  map.addTouchpoint('orientation', {
    title: { en: 'Compares interest rates', nl: 'Vergelijkt rentes' },
    channel: 'web',
    customerAction: {
      en: 'Compares personal loan rates of six lenders on a comparison site',
      nl: 'Vergelijkt de rente van zes aanbieders van een persoonlijke lening op een vergelijkingssite',
    },
    thinksFeels: {
      en: 'The rates are close, but “from 6.9 %” says little about what I will pay.',
      nl: 'De rentes liggen dicht bij elkaar, maar “vanaf 6,9 %” zegt weinig over wat ik ga betalen.',
    },
    emotion: -1,
    expectation: 6,
    experience: 5,
    owningDepartment: { en: 'Marketing (affiliates)', nl: 'Marketing (affiliates)' },
    expectedSecondsToNext: 1 * DAY,
  });
  const calculator = map.addTouchpoint('orientation', {
    title: { en: 'Loan calculator', nl: 'Leencalculator' },
    channel: 'web',
    customerAction: {
      en: 'Enters 12,000 euros over 60 months and sees the monthly amount and the total cost',
      nl: 'Vult 12.000 euro in over 60 maanden en ziet het maandbedrag en de totale kosten',
    },
    thinksFeels: {
      en: '232 euros a month and 1,920 euros of interest in total. Clear, that fits our budget.',
      nl: '232 euro per maand en in totaal 1.920 euro rente. Duidelijk, dat past in ons budget.',
    },
    emotion: 2,
    expectation: 5,
    experience: 8,
    owningDepartment: { en: 'Consumer credit', nl: 'Consumptief krediet' },
    expectedSecondsToNext: 2 * DAY,
    backstageNotes: {
      en: 'The calculator shows the rate for the middle risk class; the final rate follows the credit check.',
      nl: 'De calculator rekent met de rente van de middelste risicoklasse; de definitieve rente volgt na de kredietcheck.',
    },
  });
  const application = map.addTouchpoint('purchase', {
    title: { en: 'Online application', nl: 'Online aanvraag' },
    channel: 'web',
    customerAction: {
      en: 'Fills in income, fixed costs and household; uploads a payslip, bank statement and ID',
      nl: 'Vult inkomen, vaste lasten en gezinssituatie in; uploadt loonstrook, bankafschrift en legitimatie',
    },
    thinksFeels: {
      en: 'Twenty minutes of forms, and the upload failed twice on my phone.',
      nl: 'Twintig minuten formulieren, en de upload mislukte twee keer op mijn telefoon.',
    },
    emotion: -1,
    expectation: 6,
    experience: 4,
    owningDepartment: { en: 'Consumer credit', nl: 'Consumptief krediet' },
    expectedSecondsToNext: 3 * DAY,
    backstageNotes: {
      en: 'Documents are checked by hand by the acceptance team; the credit bureau check runs automatically.',
      nl: 'De acceptatieafdeling controleert de documenten met de hand; de BKR-toets loopt automatisch.',
    },
  });
  const waiting = map.addTouchpoint('purchase', {
    title: { en: 'Waiting for a decision', nl: 'Wachten op een besluit' },
    channel: 'email',
    customerAction: {
      en: 'Gets an automatic “received” e-mail and then hears nothing for four working days',
      nl: 'Krijgt een automatische ontvangstbevestiging en hoort daarna vier werkdagen niets',
    },
    thinksFeels: {
      en: 'Has it been rejected? The seller of the car will not wait forever.',
      nl: 'Is het afgewezen? De verkoper van de auto wacht niet eeuwig.',
    },
    emotion: -3,
    expectation: 6,
    experience: 2,
    owningDepartment: { en: 'Acceptance', nl: 'Acceptatie' },
    expectedSecondsToNext: 4 * DAY,
    backstageNotes: {
      en: 'Applications wait in one queue; a missing document stops the file without telling the customer.',
      nl: 'Aanvragen wachten in één wachtrij; een ontbrekend document zet het dossier stil zonder dat de klant het hoort.',
    },
  });
  map.addTouchpoint('purchase', {
    title: { en: 'Call from an advisor', nl: 'Telefoontje van een adviseur' },
    channel: 'phone',
    customerAction: {
      en: 'An advisor calls, explains the one missing document and the offer, and answers her questions',
      nl: 'Een adviseur belt, legt uit welk document nog ontbreekt en wat het aanbod is, en beantwoordt haar vragen',
    },
    thinksFeels: {
      en: 'Finally a person who explains it calmly. I feel taken seriously.',
      nl: 'Eindelijk iemand die het rustig uitlegt. Ik voel me serieus genomen.',
    },
    emotion: 2,
    expectation: 5,
    experience: 8,
    owningDepartment: { en: 'Credit advice', nl: 'Kredietadvies' },
    expectedSecondsToNext: 1 * DAY,
  });
  map.addTouchpoint('purchase', {
    title: { en: 'Signs the contract digitally', nl: 'Tekent de overeenkomst digitaal' },
    channel: 'app',
    customerAction: {
      en: 'Reads the contract in the banking app and signs it with her bank login',
      nl: 'Leest de overeenkomst in de bankapp en tekent met haar inloggegevens van de bank',
    },
    thinksFeels: {
      en: 'Signed on the sofa in two minutes. No printing, no post.',
      nl: 'In twee minuten getekend op de bank. Niets printen, niets opsturen.',
    },
    emotion: 2,
    expectation: 6,
    experience: 8,
    owningDepartment: { en: 'Consumer credit', nl: 'Consumptief krediet' },
    expectedSecondsToNext: 1 * DAY,
  });
  map.addTouchpoint('use', {
    title: { en: 'Money in the account the next day', nl: 'De volgende dag geld op de rekening' },
    channel: 'app',
    customerAction: {
      en: 'Sees the 12,000 euros arrive the next morning and pays the car dealer',
      nl: 'Ziet de volgende ochtend de 12.000 euro binnenkomen en betaalt de autoverkoper',
    },
    thinksFeels: {
      en: 'Already? We can pick up the car this weekend!',
      nl: 'Nu al? Dan kunnen we dit weekend de auto ophalen!',
    },
    emotion: 3,
    expectation: 6,
    experience: 9,
    owningDepartment: { en: 'Payments', nl: 'Betalingsverkeer' },
    expectedSecondsToNext: 30 * DAY,
  });
  map.addTouchpoint('use', {
    title: { en: 'Loan overview in the app', nl: 'Leningoverzicht in de app' },
    channel: 'app',
    customerAction: {
      en: 'Checks the outstanding balance and the next instalment in the app',
      nl: 'Bekijkt het openstaande saldo en de volgende termijn in de app',
    },
    thinksFeels: {
      en: 'Handy, everything in one place next to my current account.',
      nl: 'Handig, alles op één plek naast mijn betaalrekening.',
    },
    emotion: 1,
    expectation: 6,
    experience: 7,
    owningDepartment: { en: 'Digital channels', nl: 'Digitale kanalen' },
    expectedSecondsToNext: 180 * DAY,
  });
  const extraRepayment = map.addTouchpoint('service', {
    title: { en: 'Asks about repaying early', nl: 'Vraagt naar extra aflossen' },
    channel: 'phone',
    customerAction: {
      en: 'After a bonus she calls to repay 3,000 euros early; waits 18 minutes in the queue',
      nl: 'Na een bonus belt ze om 3.000 euro extra af te lossen; wacht 18 minuten in de wachtrij',
    },
    thinksFeels: {
      en: 'Why can I borrow in the app but not repay in it? And is there a penalty or not?',
      nl: 'Waarom kan ik wel lenen in de app maar niet aflossen? En is er nou een boete of niet?',
    },
    emotion: -2,
    expectation: 6,
    experience: 3,
    owningDepartment: { en: 'Customer service', nl: 'Klantenservice' },
    expectedSecondsToNext: 7 * DAY,
    backstageNotes: {
      en: 'Early repayment is booked by hand by the credit back office; agents cannot see the penalty rules.',
      nl: 'Extra aflossingen boekt de backoffice krediet met de hand; medewerkers zien de boeteregels niet.',
    },
  });
  map.addTouchpoint('service', {
    title: { en: 'Confirmation of the new instalment', nl: 'Bevestiging van de nieuwe termijn' },
    channel: 'letter',
    customerAction: {
      en: 'Receives a letter with the lower monthly amount after the extra repayment',
      nl: 'Krijgt een brief met het lagere maandbedrag na de extra aflossing',
    },
    thinksFeels: {
      en: 'Good, 58 euros a month less. A pity it took a week and a letter.',
      nl: 'Mooi, 58 euro per maand minder. Jammer dat het een week en een brief kostte.',
    },
    emotion: 1,
    expectation: 6,
    experience: 6,
    owningDepartment: { en: 'Credit back office', nl: 'Backoffice krediet' },
    expectedSecondsToNext: 30 * DAY,
  });
  map.addTouchpoint('billing', {
    title: { en: 'Monthly direct debit', nl: 'Maandelijkse automatische incasso' },
    channel: 'app',
    customerAction: {
      en: 'The instalment is collected on the first of the month, just before her salary arrives',
      nl: 'De termijn wordt op de eerste van de maand afgeschreven, net voordat haar salaris binnenkomt',
    },
    thinksFeels: {
      en: 'Every month the account briefly goes into the red. Annoying.',
      nl: 'Elke maand staat de rekening even rood. Vervelend.',
    },
    emotion: -1,
    expectation: 7,
    experience: 5,
    owningDepartment: { en: 'Payments', nl: 'Betalingsverkeer' },
    expectedSecondsToNext: 2 * DAY,
  });
  const reminder = map.addTouchpoint('billing', {
    title: { en: 'Payment reminder', nl: 'Betalingsherinnering' },
    channel: 'letter',
    customerAction: {
      en: 'After one reversed debit she gets a formal letter mentioning the credit register',
      nl: 'Na één gestorneerde incasso krijgt ze een formele brief waarin het BKR wordt genoemd',
    },
    thinksFeels: {
      en: 'One slip and they threaten me straight away. I always pay on time.',
      nl: 'Eén keer mis en ze dreigen meteen. Ik betaal altijd op tijd.',
    },
    emotion: -3,
    expectation: 6,
    experience: 2,
    owningDepartment: { en: 'Collections', nl: 'Incasso' },
    backstageNotes: {
      en: 'The collections system sends the same standard letter for a first miss as for a third.',
      nl: 'Het incassosysteem stuurt bij een eerste achterstand dezelfde standaardbrief als bij een derde.',
    },
  });

  map.addPainPoint('orientation', {
    title: { en: '“From” rates say little', nl: '“Vanaf”-rentes zeggen weinig' },
    description: {
      en: 'Customers do not know their own rate until after the credit check.',
      nl: 'Klanten weten hun eigen rente pas na de kredietcheck.',
    },
    severity: 'low',
    touchpointId: calculator,
  });
  const upload = map.addPainPoint('purchase', {
    title: { en: 'Uploading documents on a phone', nl: 'Documenten uploaden met de telefoon' },
    description: {
      en: 'Photos of payslips are too large or unreadable, and the form gives no clear message.',
      nl: 'Foto’s van loonstroken zijn te groot of onleesbaar, en het formulier zegt niet duidelijk wat er mis is.',
    },
    severity: 'medium',
    touchpointId: application,
  });
  const silence = map.addPainPoint('purchase', {
    title: { en: 'Days of silence after applying', nl: 'Dagen stilte na de aanvraag' },
    description: {
      en: 'No status and no news while a document is missing; customers call or apply elsewhere.',
      nl: 'Geen status en geen bericht als er een document ontbreekt; klanten bellen of vragen elders aan.',
    },
    severity: 'high',
    touchpointId: waiting,
  });
  const repay = map.addPainPoint('service', {
    title: { en: 'Repaying early only by phone', nl: 'Extra aflossen alleen telefonisch' },
    description: {
      en: 'Early repayment needs a phone call, and agents cannot say whether a penalty applies.',
      nl: 'Voor extra aflossen moet de klant bellen, en de medewerker kan niet zeggen of er een boete geldt.',
    },
    severity: 'medium',
    touchpointId: extraRepayment,
  });
  const sternLetter = map.addPainPoint('billing', {
    title: { en: 'A stern letter for a first slip', nl: 'Een strenge brief bij de eerste misser' },
    description: {
      en: 'Good payers get the same threatening letter as customers in real arrears.',
      nl: 'Goede betalers krijgen dezelfde dreigende brief als klanten met een echte achterstand.',
    },
    severity: 'high',
    touchpointId: reminder,
  });

  map.addIdea({
    title: { en: 'Application status in the app', nl: 'Status van de aanvraag in de app' },
    description: {
      en: 'Show each step (received, checking, missing document, decision) and send a message on every change.',
      nl: 'Toon elke stap (ontvangen, in behandeling, document ontbreekt, besluit) en stuur bij elke wijziging een bericht.',
    },
    reach: 5,
    feasibility: 3,
    phase: 'purchase',
    touchpointId: waiting,
    painPointId: silence,
  });
  map.addIdea({
    title: { en: 'Check the photo while uploading', nl: 'Foto controleren tijdens het uploaden' },
    description: {
      en: 'Shrink and check the photo on the phone and say at once when it is unreadable.',
      nl: 'Verklein en controleer de foto op de telefoon en meld meteen als hij onleesbaar is.',
    },
    reach: 4,
    feasibility: 4,
    phase: 'purchase',
    touchpointId: application,
    painPointId: upload,
  });
  map.addIdea({
    title: { en: 'Repay early in the app', nl: 'Extra aflossen in de app' },
    description: {
      en: 'Let customers repay part of the loan in the app and show the new instalment and any penalty first.',
      nl: 'Laat klanten in de app een deel aflossen en toon vooraf de nieuwe termijn en een eventuele boete.',
    },
    reach: 2,
    feasibility: 3,
    phase: 'service',
    touchpointId: extraRepayment,
    painPointId: repay,
  });
  map.addIdea({
    title: { en: 'A friendly first reminder', nl: 'Een vriendelijke eerste herinnering' },
    description: {
      en: 'A first missed payment gets a text message with a payment link; the formal letter only follows later.',
      nl: 'Bij een eerste gemiste betaling een sms met een betaallink; de formele brief volgt pas later.',
    },
    reach: 3,
    feasibility: 5,
    phase: 'billing',
    touchpointId: reminder,
    painPointId: sternLetter,
  });
  map.addIdea({
    title: { en: 'Choose the collection day', nl: 'Zelf de incassodatum kiezen' },
    description: {
      en: 'Let customers choose the day of the month on which the instalment is collected.',
      nl: 'Laat klanten zelf kiezen op welke dag van de maand de termijn wordt afgeschreven.',
    },
    reach: 4,
    feasibility: 4,
    phase: 'billing',
  });

  map.setKpi('orientation', {
    en: 'Calculator to application 11 %',
    nl: 'Van calculator naar aanvraag 11 %',
  });
  map.setKpi('purchase', {
    en: 'Median time to decision 4 working days; drop-out 23 %',
    nl: 'Mediane doorlooptijd tot besluit 4 werkdagen; uitval 23 %',
  });
  map.setKpi('service', { en: 'First-contact resolution 64 %', nl: 'Eerste-keer-goed 64 %' });
  map.setKpi('billing', {
    en: 'Reversed debits 2.5 %; complaints about reminders 40 a month',
    nl: 'Gestorneerde incasso’s 2,5 %; klachten over aanmaningen 40 per maand',
  });

  return map.content;
}
