// Unit tests read the words people see: `say` speaks English from the messages file.
import { useEnglish } from '../src/core/english';

useEnglish();
