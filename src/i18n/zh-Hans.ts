/**
 * 完整的简体中文字典，供测试和工具使用。应用程序分两部分加载
 * （./zh-Hans.core.ts 和 ./zh-Hans.later.ts，只在使用简体中文时加载）：见 ./load.ts。
 */
import { mergeWords, type Dictionary } from './types';
import { zhHansCore } from './zh-Hans.core';
import { zhHansLater } from './zh-Hans.later';

export const zhHans: Dictionary = mergeWords(zhHansCore, zhHansLater);
