/** 简体中文：中心的治疗项目（./program-words.ts）。属于之后加载的文字。草稿，尚未经专业审阅。 */
import type { ProgramWords } from './program-words';

export const zhHansPrograms = {
  heading: '{center} 可能适合的治疗项目',
  intro: {
    you: '时间和地点可能会变动。请打电话确认，并开始安排。',
    they: '时间和地点可能会变动。请打电话确认，并开始安排。',
    staff: '时间和地点可能会变动：预约前请先确认。',
  },
  freeVerification: {
    you: '{center} 会在治疗开始前，免费帮您核实保险。',
    they: '{center} 会在治疗开始前，免费帮您的亲人核实保险。',
    staff: '{center} 会在治疗开始前，免费核实对方的保险。',
  },
  alternativeHeading: '{center} 的{level}项目',
  when: '时间',
  where: '地点',
  whyItFits: '可能适合的原因',
  insurance: '保险',
  timesOfDay: { morning: '上午', afternoon: '下午', evening: '晚上' },
  spans: { daytime: '白天', afternoonEvening: '下午和晚上', allDay: '全天' },
  days: {
    mon: '周一',
    tue: '周二',
    wed: '周三',
    thu: '周四',
    fri: '周五',
    sat: '周六',
    sun: '周日',
  },
  dayRange: '{from}至{to}',
  session: '{start}至{end}',
  sessionWithDays: '{days}，{start}至{end}',
  residential: '日夜住在中心，随时有工作人员在场',
  byVideo: '在家用视频参加',
  placeOrVideo: '{place}，或用视频参加',
  fit: {
    schedule: {
      you: '{time}的治疗时段，是您说最合适的时间',
      they: '{time}的治疗时段，是您说对您的亲人最合适的时间',
      staff: '{time}的治疗时段，是对方说最合适的时间',
    },
    scheduleTimes: { morning: '上午', afternoon: '下午', evening: '晚上' },
    video: {
      you: '您可以用视频参加，不需要有人接送',
      they: '您的亲人可以用视频参加，不需要有人接送',
      staff: '对方可以用视频参加，不需要有人接送',
    },
    insurance: {
      commercial: {
        you: '接受私人保险：请打电话确认您的保险计划',
        they: '接受私人保险：请打电话确认您亲人的保险计划',
        staff: '接受私人保险：请确认对方的保险计划',
      },
      medicaid: {
        you: '接受 {program}：请打电话确认您的保险计划',
        they: '接受 {program}：请打电话确认您亲人的保险计划',
        staff: '接受 {program}：请确认对方的保险计划',
      },
      medicare: {
        you: '接受 Medicare（联邦医疗保险）：请打电话确认您的保险计划',
        they: '接受 Medicare（联邦医疗保险）：请打电话确认您亲人的保险计划',
        staff: '接受 Medicare（联邦医疗保险）：请确认对方的保险计划',
      },
      none: {
        you: '您可以自费：请打电话询问费用',
        they: '可以自费：请打电话询问费用',
        staff: '接受自费：请和对方说明费用',
      },
    },
    language: { en: '以英语进行', es: '以西班牙语进行' },
  },
  takes: {
    you: '接受{list}。请打电话确认您的保险计划。',
    they: '接受{list}。请打电话确认您亲人的保险计划。',
    staff: '接受{list}。请确认对方的保险计划。',
  },
  paidBy: {
    commercial: '私人保险',
    medicaid: '{program}',
    medicare: 'Medicare',
    none: '自费',
  },
  askInsurance: {
    you: '请打电话询问接受哪些保险。',
    they: '请打电话询问接受哪些保险。',
    staff: '请查明接受哪些保险。',
  },
  sessionsIn: '以{languages}进行',
  languageNames: { en: '英语', es: '西班牙语' },
  and: '{a}和{b}',
  referral: {
    heading: '哪里可以找到这种照护',
    noneAtLevel: '{center} 的名单上没有{level}的项目。',
    noneForAge: '{center} 的名单上没有这个年龄段的{level}项目。',
    callAnyway: {
      you: '还是请打电话给 {center}：中心可以帮您找到一个。',
      they: '还是请打电话给 {center}：中心可以帮您为您的亲人找到一个。',
      staff: '帮对方找到一个：提供下方的求助热线和 FindTreatment.gov。',
    },
    helpline: {
      you: 'SAMHSA 全国求助热线免费且保密，一周 7 天、一天 24 小时开放，提供英语和西班牙语服务，可以帮您找到您附近的照护。',
      they: 'SAMHSA 全国求助热线免费且保密，一周 7 天、一天 24 小时开放，提供英语和西班牙语服务，可以帮您找到您亲人附近的照护。',
      staff:
        'SAMHSA 全国求助热线免费且保密，一周 7 天、一天 24 小时开放，提供英语和西班牙语服务，可以帮对方找到住处附近的照护。',
    },
    callHelpline: '拨打求助热线：',
    search: {
      you: '您也可以在这里搜索您附近的治疗：',
      they: '您也可以在这里搜索您亲人附近的治疗：',
      staff: '对方也可以在这里搜索住处附近的治疗：',
    },
    infoHeading: '哪里可以了解更多',
    infoCall: {
      you: '有任何问题，请打电话给 {center}：中心可以告诉您附近有哪些服务。',
      they: '有任何问题，请打电话给 {center}：中心可以告诉您，您的亲人附近有哪些服务。',
      staff: '主动回答对方的问题，并提供下方的求助热线。',
    },
    infoHelpline:
      'SAMHSA 全国求助热线也可以回答问题。免费且保密，一周 7 天、一天 24 小时开放，提供英语和西班牙语服务。',
  },
  questions: {
    heading: '可以问任何治疗项目的问题',
    intro: {
      you: '对您考虑的任何项目都可以问这些问题，包括 {center}。',
      they: '对您为亲人考虑的任何项目都可以问这些问题，包括 {center}。',
      staff: '对方可以问任何项目的问题，包括这里。请清楚地回答。',
    },
    licensedBy: '它有州政府的执照吗（{licensingBody}）？',
    licensedByState: '它有州政府的执照吗？',
    items: [
      '咨询师和治疗师有执照吗？',
      '使用哪些治疗方法？有研究证明这些方法有效吗？',
      '一次团体治疗有多少人？',
      '如果有人在治疗期间使用了，会怎么处理？',
      '有多少人完成项目？项目结束后有什么支持？',
      '有没有提供酒精或阿片类药物使用问题的药物治疗，或帮忙取得这些药物？',
      '扣除保险后要付多少钱？',
    ],
  },
  staff: {
    firstProgram: '第一个项目',
    noProgram: '名单上没有这个级别的项目',
    noteHeading: '可能适合的项目',
    noteAlternative: '可以询问的选项',
    noteReferral:
      '名单上没有这个级别（或这个年龄）的项目。转诊：SAMHSA 全国求助热线 1-800-662-4357（免费、24/7、英语和西班牙语）；FindTreatment.gov。',
    noteQuestions:
      '下一步：提供可以问任何项目的问题（州执照、有执照的临床人员、治疗方法、团体人数、治疗期间的使用、完成人数和后续照护、药物、扣除保险后的费用）。',
  },
} as const satisfies ProgramWords;
