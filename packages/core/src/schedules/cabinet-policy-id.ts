/** The id of the cabinet-wide default among stored reminder policies (the others are keyed by their risk type's id). */
export const CABINET_POLICY_ID = '*';
