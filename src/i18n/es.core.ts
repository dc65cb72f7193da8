/**
 * Español. Lenguaje sencillo (grados 6–8), trato de "usted", cálido y sin juzgar. Cuando no
 * se sabe el género de la persona, se usan formas neutras ("su ser querido", "la persona",
 * "a salvo"). Las formas `they` hablan con quien responde por un ser querido.
 * El nombre del programa estatal (Medicaid) lo pone la interfaz en `{program}`.
 */
import type { CoreWords } from './types';

export const esCore = {
  lang: 'es',
  languageName: 'Español',

  app: {
    title: 'Encuentre el nivel de atención adecuado',
    callCenter: '{center}: llame al {phone}',
  },

  common: {
    continue: 'Continuar',
    back: 'Atrás',
    change: 'Cambiar',
    startOver: 'Empezar de nuevo',
    print: 'Imprimir',
    questionOfAbout: 'Pregunta {n} de unas {total}',
    questionOfTotal: 'Pregunta {n} de {total}',
    errorTitlePrefix: 'Error: ',
    errorSummaryTitle: 'Hay un problema',
    leaveSite: 'Salir de este sitio',
    leaveSiteHint: 'Sale de inmediato y borra sus respuestas.',
    languageMenu: 'Idioma',
    loading: 'Cargando…',
    loadFailed: 'No pudimos cargar la siguiente parte',
    loadFailedBody:
      'Sus respuestas están a salvo. Revise su conexión e intente de nuevo, o llámenos.',
    retry: 'Intentar de nuevo',
  },

  help: {
    label: '¿Necesita ayuda ahora?',
    call911: 'Llamar al 911',
    call988: 'Llamar al 988',
    text988: 'Enviar un texto al 988',
    callCenter: 'Llamar a {center}',
  },

  start: {
    heading: '¿Qué tipo de atención podría ayudar?',
    intro: [
      'Conteste algunas preguntas sobre el consumo de sustancias, la salud y la vida diaria.',
      'Puede responder por usted o por un ser querido.',
      'Al final, verá qué tipo de atención podría ser adecuada y por qué.',
    ],
    privacy:
      'Sus respuestas se quedan en esta página, en este dispositivo. No se envían a nadie. Se borran al cerrar o volver a cargar la página.',
    privacyShared:
      'Sus respuestas se quedan en esta página, en este dispositivo. Al final, se le dirá a {partner} qué tipo de atención se sugirió, nunca sus respuestas.',
    notDiagnosis:
      'Esto no es un diagnóstico. Una evaluación gratuita con un profesional clínico decide qué atención es la adecuada.',
    begin: 'Empezar',
    time: 'Unos 5 a 10 minutos',
    haveCode: '¿Tiene un código de antes?',
  },

  errors: {
    requiredSingle: 'Elija una respuesta',
    requiredMulti: "Elija todas las que correspondan, o elija 'Ninguna de estas opciones'",
    exclusive: "'Ninguna de estas opciones' no se puede elegir junto con otras respuestas",
  },

  questions: {
    respondent: {
      label: { you: '¿Para quién está respondiendo?', they: '¿Para quién está respondiendo?' },
      short: 'Responde para',
      options: {
        self: { label: 'Para mí' },
        other: { label: 'Para un ser querido', hint: 'Un familiar o una amistad' },
      },
    },
  },

  crisis: {
    heading: 'Busque ayuda ahora',
    intro: {
      you: 'Sus respuestas muestran que tal vez necesite ayuda de inmediato. Por favor, no espere. Usted no está a solas en esto.',
      they: 'Sus respuestas muestran que su ser querido tal vez necesite ayuda de inmediato. Por favor, no espere. Usted no está a solas en esto.',
    },
    call911Heading: 'Llame al 911 ante cualquiera de estas señales',
    call911Signs: [
      'Señales de sobredosis: no se puede despertar a la persona, respira lento o no respira, labios o puntas de los dedos morados o grises, ruidos como de ahogo o gorgoteo',
      'Una convulsión',
      'Dolor en el pecho o dificultad para respirar',
      'Abstinencia grave: ve u oye cosas, tiene mucha confusión o no puede retener líquidos',
    ],
    call988Heading: 'Llame o envíe un texto al 988 si hay pensamientos de suicidio',
    // Lo que da el texto al 988, solo lo que tiene fuente (issue 18): al enviar un texto al 988 se
    // ofrece un consejero en vivo de la línea principal o de la línea en español (texto AYUDA);
    // el consejero escucha y da apoyo (https://988lifeline.org/get-help/what-to-expect). Texto y
    // chat en español en todo el país, 24/7, desde julio de 2023 (HHS; p. ej.
    // https://aldianews.com/en/leadership/advocacy/language-not-barrier); «texting "AYUDA" to
    // 988» lleva a la subred en español (Washington State Department of Health,
    // https://medium.com/wadepthealth/the-spanish-subnetwork-crisis-support-for-people-who-speak-spanish-3ef49f22004f).
    call988Body:
      'El 988 es la Línea de Prevención del Suicidio y Crisis. Es gratis, confidencial y atiende las 24 horas, por usted o por un ser querido. Para hablar en español, llame y oprima el 2. Por texto, envíe AYUDA al 988 y un consejero le contestará en español.',
    centerHeading: 'Llame al centro cuando pueda',
    naloxoneHeading: 'Si cree que es una sobredosis de opioides',
    naloxone: [
      'Dele naloxona (Narcan) si la tiene. Rocíela en una fosa nasal.',
      'Llame al 911, aunque la persona empiece a despertar.',
      'Quédese con la persona. Si no se le puede despertar después de 2 o 3 minutos, dele otra dosis si tiene una.',
      'Ponga a la persona de lado para que no se ahogue.',
    ],
    changeAnswer: 'Cambiar mi respuesta',
  },
} satisfies CoreWords;
