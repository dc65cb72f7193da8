/**
 * 完整的繁體中文字典，供測試和工具使用。應用程式分兩部分載入
 * （./zh-Hant.core.ts 和 ./zh-Hant.later.ts，只在使用繁體中文時載入）：見 ./load.ts。
 */
import { mergeWords, type Dictionary } from './types';
import { zhHantCore } from './zh-Hant.core';
import { zhHantLater } from './zh-Hant.later';

export const zhHant: Dictionary = mergeWords(zhHantCore, zhHantLater);
