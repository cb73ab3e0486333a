/**
 * Everyday English and council words, used to split run-together hashtags into words
 * ("floodwarningmalvern" → flood warning malvern). Not a dictionary: a word missing here
 * only means a hashtag made of it gets no suggestion.
 */
const WORDS = `
a i an the and or but if of to in on at by for from with as is are was were be been being it its this that these those
we our ours us you your yours he she his her they their them my me mine all any some no not only also just more most less
new old good great best better big small little long short high low first last next one two three four five six seven eight
nine ten hundred day days week weeks weekend month year years today tonight tomorrow now here there where when what who why
how up down out over under after before again back home town city village county country world national local community
council councils town hall parish ward councillor mayor clerk office service services public people person family families
child children kids young youth older elderly adult adults resident residents neighbour neighbours friend friends team staff
volunteer volunteers volunteering help helping support care carer carers health healthy wellbeing mental safe safety secure
security police fire rescue ambulance emergency alert alerts warning warnings flood floods flooding flooded water waters river
rivers rain rainfall storm storms wind winds snow ice frost cold heat hot weather climate change net zero carbon green energy
power solar tree trees wood woods woodland forest plant plants planting garden gardens gardening park parks green space open
field fields farm farming land nature wildlife bird birds bee bees fish fishing angling angler anglers boat boats sea seas
coast coastal beach beaches sand clean cleanup clean litter pick picking waste rubbish recycle recycling recycled bin bins
tip crime crimes criminal fly tipping pollution polluted air quality sewage drain drains drainage ditch pipe pipes road roads
street streets lane lanes path paths footpath bridge bridges car cars bus buses train trains rail station parking park ride
cycle cycling cycle walk walking walks run running race sport sports football cricket rugby tennis swim swimming pool gym
leisure centre center library libraries school schools college university learn learning library book books read reading
art arts music concert festival fair fete market markets show shows event events fun day night party celebrate celebration
christmas easter summer winter spring autumn holiday holidays half term bank lights light fireworks bonfire remembrance
sunday poppy poppies memorial war peace jubilee coronation king queen royal heritage history museum church chapel
hill hills valley lake lakes pond ponds canal canals stream streams spring springs well wells reservoir dam defence defences
scheme project projects plan plans planning consultation have your say vote voting election elections register apply
application applications grant grants fund funding money pay tax rates budget cost costs price free cheap save saving
savings business businesses shop shops shopping high street jobs job work working worker workers career careers apprentice
news update updates info information notice notices report reporting reported meeting meetings minutes agenda open closed
close closing closure closures road works repair repairs maintenance improve improvement improvements build building
buildings house houses housing home homes flat flats estate estates rent tenant tenants landlord energy bills cost living
food bank banks hungry hunger meal meals lunch breakfast dinner tea coffee cake bake sale charity charities donate donation
donations thank thanks thankyou welcome hello happy merry congratulations well done proud pride week weeks month awareness
action act prepare prepared ready survive survival know know your risk risks check checks sign up signup join us find out
more about see look watch listen share stay keep protect protection prevent prevention reduce reducing reduction less waste
love lovely beautiful clean cleaner greener better together stronger future plastic plastics bottle bottles bag bags litter
ocean oceans beach marine dog dogs cat cats pet pets horse horses animal animals water warrior warriors hero heroes star
stars champion champions award awards winner winners win prize competition photo photos picture pictures video videos
live online digital web website social media post posts message messages call phone email contact line lines hotline
drought dry heatwave sun sunny shine sunshine cloud clouds fog mist tide tides high low level levels gauge gauges sandbag
sandbags barrier barriers gate gates pump pumps pumping team teams day one every everyone everything something nothing
aware awareness prepare act survive get go going give take make made making do doing done see seen say said tell told
ask asked need needs want wants like likes love loves think feel find found keep kept stay stayed use used using try
east west north south northern southern eastern western central upper lower middle inner outer main side
black white red blue yellow orange purple pink brown grey gray gold silver
morning afternoon evening midnight noon hour hours minute minutes time times date dates
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december
england english britain british uk wales welsh scotland scottish ireland irish
earth planet climate nature natural environment environmental conservation biodiversity habitat habitats species
invasive native non wild wildflower wildflowers meadow meadows hedge hedges hedgerow orchard apple apples
sustainable sustainability renewable electric electricity vehicle vehicles charge charging point points
`;

export const VOCABULARY: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
