/** Name pools for generated mailboxes (invented names; combinations are drawn with the seed). */
export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adrian', 'Aisha', 'Alan', 'Alice', 'Amara', 'Andre', 'Anna', 'Ari', 'Beatriz', 'Ben', 'Bianca',
  'Brandon', 'Carla', 'Carlos', 'Chen', 'Chloe', 'Colin', 'Dana', 'Daniel', 'Dmitri', 'Elena', 'Eli', 'Emma', 'Ethan',
  'Fatima', 'Felix', 'Fiona', 'Gabriel', 'Grace', 'Hana', 'Hugo', 'Ibrahim', 'Ines', 'Isaac', 'Jamal', 'Jana', 'Jonas',
  'Julia', 'Kai', 'Kenji', 'Laila', 'Leon', 'Lucia', 'Marco', 'Maya', 'Mei', 'Nadia', 'Noah', 'Olga', 'Omar', 'Paula',
  'Priya', 'Rafael', 'Rosa', 'Samir', 'Sara', 'Tariq', 'Tess', 'Tomas', 'Vera', 'Victor', 'Yara', 'Yusuf', 'Zoe',
];

export const LAST_NAMES = [
  'Abara', 'Bauer', 'Becker', 'Brandt', 'Castillo', 'Chandra', 'Costa', 'Dalton', 'Delacroix', 'Eriksen', 'Farouk',
  'Fischer', 'Garnier', 'Haddad', 'Halvorsen', 'Ishikawa', 'Jansen', 'Kowalski', 'Lambert', 'Larsen', 'Lindqvist',
  'Mendes', 'Moreau', 'Nakamura', 'Novak', 'Okafor', 'Olsen', 'Petrov', 'Quinn', 'Ramos', 'Reyes', 'Rossi', 'Sato',
  'Schmidt', 'Silva', 'Sorensen', 'Tanaka', 'Torres', 'Varga', 'Vogel', 'Wagner', 'Walsh', 'Weber', 'Yilmaz', 'Zhang',
];
