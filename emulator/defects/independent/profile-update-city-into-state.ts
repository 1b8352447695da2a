import { parameterOf } from '../constraint-of.ts';
import type { Defect } from '../defect.ts';

export const profileUpdateCityIntoState: Defect = {
  name: 'independent-profile-update-city-into-state',
  description:
    'A profile update writes city into the state column (a copy-paste slip in the field mapping): the city stays as ' +
    'it was and the state takes the city sent.',
  breaks: ['update_profile.effect.fields-changed', 'update_profile.effect.others-unchanged'],
  install(parts) {
    parameterOf(parts.operations, 'update_profile', 'city').listedAs = 'state';
  },
};
